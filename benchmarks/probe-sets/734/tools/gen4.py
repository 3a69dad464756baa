"""p734-4: Ministry site (Bộ VHTTDL) — national count of standard toilets at tourist sites, to October 2023."""
from lib import F, P, I, CH, T, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin tức » Du lịch
Ngày đăng: 22/11/2023 | Lượt xem: 3.105

Cả nước có hơn 5.400 nhà vệ sinh tại khu, điểm du lịch đạt chuẩn

(BVHTTDL) - Theo kết quả rà soát của Cục Du lịch Quốc gia Việt Nam, tính đến hết tháng 10/2023, cả nước có 6.215 nhà vệ sinh công cộng phục vụ khách du lịch tại các khu, điểm du lịch, trạm dừng nghỉ và cơ sở dịch vụ, trong đó 5.432 nhà vệ sinh đạt tiêu chuẩn theo Quyết định số 225/QĐ-TCDL ngày 8/5/2012, chiếm 87,4%.

Các địa phương dẫn đầu về số nhà vệ sinh đạt chuẩn lần lượt là Quảng Ninh (312), Khánh Hòa (287), Lâm Đồng (264), Đà Nẵng (241) và Kiên Giang (226).

Tỷ lệ nhà vệ sinh đạt chuẩn tại 34 khu du lịch quốc gia là 96,5%, trong khi tại các điểm du lịch cộng đồng, nông thôn chỉ khoảng 61%.

Giai đoạn 2021-2023, tổng vốn đầu tư cho nhà vệ sinh du lịch trên cả nước ước đạt 1.245,6 tỷ đồng, trong đó vốn xã hội hóa chiếm 68%.

Theo Chương trình hành động của ngành, mục tiêu đến năm 2025, 100% khu du lịch quốc gia và 90% điểm du lịch có nhà vệ sinh đạt chuẩn; đến năm 2030, tỷ lệ này đạt 100% đối với tất cả khu, điểm du lịch. Bộ yêu cầu mỗi khu, điểm du lịch bố trí tối thiểu 1 nhà vệ sinh đạt chuẩn, có buồng dành cho người khuyết tật.

Tại Hội nghị trực tuyến lần thứ 3 về nâng cao chất lượng dịch vụ du lịch, Thứ trưởng Hoàng Đạo Cương đề nghị các địa phương thực hiện nghiêm Chỉ thị số 08/CT-BVHTTDL ngày 15/6/2023 về bảo đảm vệ sinh môi trường tại khu, điểm du lịch.

Địa chỉ: 51 Ngô Quyền, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231.
"""

ASOF = P("tính đến hết tháng 10/2023", None, "2023-10-31")
GD = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
NVS = "nhà vệ sinh"
STD = "nhà vệ sinh đạt chuẩn"

FIGS = [
    F("hơn 5.400 nhà vệ sinh", "5.400", 5400, "count", NVS, "nhà vệ sinh tại khu, điểm du lịch đạt chuẩn", I(ASOF), approx="over"),
    F("có 6.215 nhà vệ sinh", "6.215", 6215, "count", NVS, "nhà vệ sinh công cộng phục vụ khách du lịch", ASOF),
    F("trong đó 5.432 nhà vệ sinh", "5.432", 5432, "count", NVS, "nhà vệ sinh đạt tiêu chuẩn", ASOF, total=6215, percent=87.4),
    F("Quảng Ninh (312)", "312", 312, "count", NVS, STD, I(ASOF), location="Quảng Ninh"),
    F("Khánh Hòa (287)", "287", 287, "count", NVS, STD, I(ASOF), location="Khánh Hòa"),
    F("Lâm Đồng (264)", "264", 264, "count", NVS, STD, I(ASOF), location="Lâm Đồng"),
    F("Đà Nẵng (241)", "241", 241, "count", NVS, STD, I(ASOF), location="Đà Nẵng"),
    F("Kiên Giang (226)", "226", 226, "count", NVS, STD, I(ASOF), location="Kiên Giang"),
    F("tại 34 khu du lịch", "34", 34, "count", "khu du lịch quốc gia", "khu du lịch quốc gia"),
    F("là 96,5%", "96,5", 96.5, "percent", "%", "tỷ lệ nhà vệ sinh đạt chuẩn tại khu du lịch quốc gia"),
    F("khoảng 61%", "61", 61, "percent", "%", "tỷ lệ nhà vệ sinh đạt chuẩn tại các điểm du lịch cộng đồng, nông thôn",
      approx="about"),
    F("ước đạt 1.245,6 tỷ đồng", "1.245,6", 1.2456e12, "money", "đồng", "tổng vốn đầu tư cho nhà vệ sinh du lịch", GD,
      status="estimate"),
    F("chiếm 68%", "68", 68, "percent", "%", "tỷ lệ vốn xã hội hóa trong tổng vốn đầu tư cho nhà vệ sinh du lịch", GD,
      status="estimate"),
    F("năm 2025, 100% khu", "100", 100, "percent", "%", "khu du lịch quốc gia có nhà vệ sinh đạt chuẩn", T25, status="target"),
    F("và 90% điểm", "90", 90, "percent", "%", "điểm du lịch có nhà vệ sinh đạt chuẩn", T25, status="target"),
    F("đạt 100% đối với", "100", 100, "percent", "%", "tỷ lệ khu, điểm du lịch có nhà vệ sinh đạt chuẩn", T30, status="target"),
    F("tối thiểu 1 nhà vệ sinh", "1", 1, "count", NVS, "nhà vệ sinh đạt chuẩn mỗi khu, điểm du lịch bố trí",
      approx="at_least", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ VHTTDL), 'Ngày đăng: 22/11/2023 | Lượt xem: 3.105': national count of toilets at tourist sites to end of October 2023.",
    "Not figures: the counter, 'Quyết định số 225/QĐ-TCDL ngày 8/5/2012', 'Hội nghị ... lần thứ 3', 'Chỉ thị số 08/CT-BVHTTDL',",
    "the address '51 Ngô Quyền' and the phone number. Location Việt Nam; provinces in the 'lần lượt là' list are each item's location.",
    "'tổng vốn ... ước đạt 1.245,6 tỷ đồng, trong đó vốn xã hội hóa chiếm 68%': the 68% is the share of an unnumbered part, not of the whole,",
    "so it is a percent figure of its own (estimate: the 'ước' clause continues into 'trong đó'); the 1.245,6 tỷ carries no percent.",
    "'Bộ yêu cầu ... bố trí tối thiểu 1 nhà vệ sinh' is a required level: target, at_least.",
]

if __name__ == "__main__":
    emit("p734-4", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Việt Nam")
