"""p953-2: huyện Đức Trọng (Lâm Đồng) district portal, tổ công tác thu giữ SIM kích hoạt sẵn."""
from lib import F, P, I, C, T, write

TEXT = """UBND HUYỆN ĐỨC TRỌNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Kinh tế - Xã hội
Thứ Năm, 15/06/2023 - 10:20

Đức Trọng: Thu giữ hơn 1.200 SIM kích hoạt sẵn tại các điểm bán lẻ

Từ ngày 15/5 đến ngày 10/6/2023, Tổ công tác liên ngành huyện Đức Trọng đã kiểm tra 38 cửa hàng, đại lý kinh doanh SIM, thẻ cào trên địa bàn 11 xã, thị trấn.

Qua kiểm tra, Tổ công tác phát hiện 9 cơ sở bán SIM đã được kích hoạt sẵn thông tin thuê bao, gồm thị trấn Liên Nghĩa (4 cơ sở), xã Hiệp Thạnh (3 cơ sở) và xã Ninh Gia (2 cơ sở); thu giữ 1.236 SIM, trong đó 845 SIM của Viettel, 263 SIM của VinaPhone và 128 SIM của Vietnamobile. Đáng chú ý, một đại lý ở tổ dân phố 7, thị trấn Liên Nghĩa cất giữ SIM đã kích hoạt trong kho hàng để bán cho khách ngoại tỉnh.

Tổ công tác đã lập biên bản, đề nghị Chủ tịch UBND huyện xử phạt vi phạm hành chính theo Nghị định số 15/2020/NĐ-CP với tổng số tiền 135 triệu đồng; mức phạt cao nhất đối với một cơ sở là 40 triệu đồng.

Theo số liệu của các doanh nghiệp viễn thông, toàn huyện hiện có khoảng 168.000 thuê bao di động; tỷ lệ thuê bao đã chuẩn hóa thông tin đạt 97,6%. Số thuê bao chưa chuẩn hóa còn hơn 4.000 thuê bao, chủ yếu của lao động ngoại tỉnh làm việc tại các trang trại rau, hoa.

Hưởng ứng đợt cao điểm, Đoàn Thanh niên các xã, thị trấn đã thành lập 24 tổ tình nguyện, hỗ trợ 1.860 người dân cập nhật ảnh chân dung, số định danh cá nhân cho thuê bao.

Thời gian tới, huyện phấn đấu đến hết năm 2023 có 100% thuê bao trên địa bàn được chuẩn hóa thông tin; dự kiến tổ chức thêm 2 đợt kiểm tra các điểm bán SIM dọc Quốc lộ 20 và Quốc lộ 27.

Minh Khang (Trung tâm Văn hóa, Thông tin và Thể thao huyện)
"""

OP = P("Từ ngày 15/5 đến ngày 10/6/2023", "2023-05-15", "2023-06-10")
END23 = P("đến hết năm 2023", end="2023-12-31")

FIGS = [
    F("hơn 1.200 SIM", "1.200", 1200, "count", "SIM", "SIM kích hoạt sẵn thu giữ tại các điểm bán lẻ", approx="over"),
    F("kiểm tra 38 cửa hàng", "38", 38, "count", "cửa hàng, đại lý", "cửa hàng, đại lý kinh doanh SIM, thẻ cào được kiểm tra", OP),
    F("địa bàn 11 xã", "11", 11, "count", "xã, thị trấn", "xã, thị trấn được kiểm tra", OP),
    F("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở bán SIM đã được kích hoạt sẵn thông tin thuê bao", I(OP)),
    F("Liên Nghĩa (4 cơ sở)", "4", 4, "count", "cơ sở", "cơ sở bán SIM đã được kích hoạt sẵn", I(OP),
      total=9, location="Liên Nghĩa"),
    F("Hiệp Thạnh (3 cơ sở)", "3", 3, "count", "cơ sở", "cơ sở bán SIM đã được kích hoạt sẵn", I(OP),
      total=9, location="Hiệp Thạnh"),
    F("Ninh Gia (2 cơ sở)", "2", 2, "count", "cơ sở", "cơ sở bán SIM đã được kích hoạt sẵn", I(OP),
      total=9, location="Ninh Gia"),
    F("thu giữ 1.236 SIM", "1.236", 1236, "count", "SIM", "SIM thu giữ", I(OP)),
    F("845 SIM của Viettel", "845", 845, "count", "SIM", "SIM của Viettel thu giữ", I(OP), total=1236),
    F("263 SIM của VinaPhone", "263", 263, "count", "SIM", "SIM của VinaPhone thu giữ", I(OP), total=1236),
    F("128 SIM của Vietnamobile", "128", 128, "count", "SIM", "SIM của Vietnamobile thu giữ", I(OP), total=1236),
    F("tổng số tiền 135 triệu đồng", "135", 135000000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", I(OP)),
    F("là 40 triệu đồng", "40", 40000000, "money", "đồng", "mức phạt cao nhất đối với một cơ sở", I(OP)),
    F("khoảng 168.000 thuê bao", "168.000", 168000, "count", "thuê bao", "thuê bao di động", approx="about"),
    F("đạt 97,6%", "97,6", 97.6, "percent", "%", "tỷ lệ thuê bao đã chuẩn hóa thông tin"),
    F("hơn 4.000 thuê bao", "4.000", 4000, "count", "thuê bao", "thuê bao chưa chuẩn hóa", approx="over"),
    F("24 tổ tình nguyện", "24", 24, "count", "tổ tình nguyện", "tổ tình nguyện Đoàn Thanh niên thành lập"),
    F("hỗ trợ 1.860 người dân", "1.860", 1860, "count", "người dân",
      "người dân được hỗ trợ cập nhật ảnh chân dung, số định danh cá nhân cho thuê bao"),
    F("có 100% thuê bao", "100", 100, "percent", "%", "thuê bao trên địa bàn được chuẩn hóa thông tin", END23,
      status="target"),
    F("thêm 2 đợt kiểm tra", "2", 2, "count", "đợt kiểm tra", "đợt kiểm tra các điểm bán SIM", status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Đức Trọng (Lâm Đồng): tổ công tác liên ngành kiểm tra điểm bán SIM, 15/5-10/6/2023.",
    "Location: the district (Đức Trọng) by default; items of the bracketed commune list take the commune as their location.",
    "Commune list after 'gồm' adds up to 9 (4+3+2): total 9. Network parts after 'trong đó' add up to 1.236: total 1236.",
    "97,6% is the rate of a subset of the 168.000 subscribers, a percent figure of its own (not a share of 168.000 itself).",
    "Not figures: 'tổ dân phố 7', 'Nghị định số 15/2020/NĐ-CP', 'Quốc lộ 20', 'Quốc lộ 27', dateline and time.",
    "'dự kiến tổ chức thêm 2 đợt' has no period of its own ('Thời gian tới'): no period.",
]

write("p953-2", TEXT, FIGS, NOTES, published="2023-06-15", location="Đức Trọng")
