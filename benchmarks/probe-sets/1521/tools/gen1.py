"""p1521-1: province portal (Đồng Nai): fire-safety checks of interior-decoration shops, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG NAI
Trang chủ > Tin tức - Sự kiện > An ninh - Trật tự

Kiểm tra an toàn phòng cháy tại 312 cơ sở kinh doanh vật liệu trang trí nội thất

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Phòng Cảnh sát PCCC và CNCH Công an tỉnh Đồng Nai, 9 tháng đầu năm 2024, lực lượng chức năng đã kiểm tra an toàn phòng cháy, chữa cháy tại 312 cơ sở kinh doanh giấy dán tường, tấm ốp tường, rèm, thảm và vật liệu trang trí nội thất, tăng 18,2% so với cùng kỳ năm 2023. Qua kiểm tra, phát hiện 47 cơ sở vi phạm, xử phạt vi phạm hành chính 39 trường hợp với tổng số tiền hơn 826 triệu đồng; tạm đình chỉ hoạt động 5 cơ sở.

Các vi phạm chủ yếu là kho chứa hàng dễ cháy không bảo đảm khoảng cách an toàn, hệ thống báo cháy tự động không hoạt động, bình chữa cháy hết hạn. Nhiều cơ sở lưu trữ từ 2.000 đến 5.000 cuộn giấy dán tường cùng hàng trăm tấm ốp nhựa PVC ngay trong nhà ở kết hợp kinh doanh, lối thoát nạn rộng chưa đến 1 m.

Trên địa bàn TP Biên Hòa hiện có khoảng 140 cửa hàng kinh doanh vật liệu trang trí nội thất, chiếm gần 45% số cơ sở loại này của toàn tỉnh. Từ đầu năm đến nay, thành phố xảy ra 3 vụ cháy liên quan đến kho chứa giấy dán tường, tấm ốp, thiệt hại ước tính khoảng 2,4 tỷ đồng.

Trung tá Lê Văn Hòa, Phó Trưởng phòng Cảnh sát PCCC và CNCH, cho biết quý IV, đơn vị phấn đấu kiểm tra thêm ít nhất 120 cơ sở, bảo đảm 100% cơ sở kinh doanh hàng dễ cháy được hướng dẫn xây dựng phương án chữa cháy theo Nghị định số 136/2020/NĐ-CP. Khi phát hiện cháy, người dân gọi ngay số 114.

Tin liên quan:
- Đồng Nai: Diễn tập phương án chữa cháy tại Khu công nghiệp Amata năm 2024
- Hướng dẫn trang bị phương tiện PCCC cho hộ kinh doanh
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
BH = "Biên Hòa"

FIGS = [
    fig("phòng cháy tại 312 cơ sở", "312", 312, "count", "cơ sở",
        subject="cơ sở kinh doanh vật liệu trang trí nội thất được kiểm tra an toàn phòng cháy"),
    fig("chữa cháy tại 312 cơ sở", "312", 312, "count", "cơ sở",
        change=chg("increase", 18.2, "%", "cùng kỳ năm 2023"),
        subject="cơ sở kinh doanh giấy dán tường, tấm ốp tường, rèm, thảm và vật liệu trang trí nội thất được kiểm tra an toàn phòng cháy, chữa cháy",
        period=NINE),
    fig("phát hiện 47 cơ sở", "47", 47, "count", "cơ sở", subject="cơ sở vi phạm", period=inh(NINE)),
    fig("hành chính 39 trường hợp", "39", 39, "count", "trường hợp",
        subject="trường hợp bị xử phạt vi phạm hành chính", period=inh(NINE)),
    fig("hơn 826 triệu", "826", 826e6, "money", "đồng", approx="over",
        subject="tổng số tiền xử phạt vi phạm hành chính", period=inh(NINE)),
    fig("hoạt động 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở bị tạm đình chỉ hoạt động",
        period=inh(NINE)),
    fig("từ 2.000 đến 5.000 cuộn", "2.000", 2000, "count", "cuộn", value_max=5000,
        subject="giấy dán tường nhiều cơ sở lưu trữ"),
    fig("hàng trăm tấm", "hàng trăm", 100, "count", "tấm", approx="about",
        subject="tấm ốp nhựa PVC lưu trữ trong nhà ở kết hợp kinh doanh", optional=True),
    fig("chưa đến 1 m", "1", 1, "measure", "m", approx="under", subject="chiều rộng lối thoát nạn"),
    fig("khoảng 140 cửa hàng", "140", 140, "count", "cửa hàng", approx="about", percent=45,
        subject="cửa hàng kinh doanh vật liệu trang trí nội thất", location=BH),
    fig("xảy ra 3 vụ cháy", "3", 3, "count", "vụ cháy",
        subject="vụ cháy liên quan đến kho chứa giấy dán tường, tấm ốp", period=YTD, location=BH),
    fig("khoảng 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="about", status="estimate",
        subject="thiệt hại", period=YTD, location=BH),
    fig("ít nhất 120 cơ sở", "120", 120, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở kiểm tra thêm", period=Q4),
    fig("bảo đảm 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở kinh doanh hàng dễ cháy được hướng dẫn xây dựng phương án chữa cháy", period=Q4),
]

NOTES = [
    "Province portal (Đồng Nai): PCCC checks of shops selling wallpaper, wall panels, curtains, carpets; 9 months 2024.",
    "Distractors: 'Cập nhật: 14/10/2024 08:45', 'Lượt xem: 1.386', Nghị định số 136/2020/NĐ-CP, hotline 114, 'Khu công nghiệp Amata năm 2024' in a link.",
    "Headline 312 is its own figure without period; the body 312 carries the change (+18,2% vs cùng kỳ năm 2023).",
    "47 / 39 / 826 triệu / 5 stand in the sentence after the 9-month one: period inherited; no part-of cue, so no totals.",
    "'hàng trăm tấm ốp' is a vague quantity word (optional). 140 shops in TP Biên Hòa 'chiếm gần 45%' → percent 45 (the whole is not a number).",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-14; 'thành phố' refers to Biên Hòa. 'thiệt hại ước tính khoảng' → estimate + about.",
    "Year-less 'quý IV' takes 2024; 'phấn đấu' governs the continuing clause 'bảo đảm 100%' (target).",
]

if __name__ == "__main__":
    write("p1521-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Đồng Nai")
