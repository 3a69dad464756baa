"""p840-6: national newspaper, substandard children's helmets in TP HCM, 2024."""
from lib import F, change, period, write

TEXT = """
Thứ hai, 16/9/2024, 06:00 (GMT+7)

Hơn 61% mũ bảo hiểm trẻ em bán ở chợ không đạt chuẩn

TP HCM - Trong số 240 mẫu mũ bảo hiểm trẻ em lấy tại chợ, cửa hàng nhỏ và lề đường ở 8 quận, huyện, có 147 mẫu không đạt quy chuẩn kỹ thuật quốc gia, chiếm 61,25%.

Kết quả được Chi cục Tiêu chuẩn Đo lường Chất lượng TP HCM công bố hôm 14/9, sau đợt kiểm tra từ tháng 6 đến tháng 8. Lỗi phổ biến là vỏ mũ mỏng, lớp xốp hấp thụ xung lực dày chưa đến 10 mm, quai đeo dễ bung. Những chiếc mũ này chỉ có giá 40.000-70.000 đồng, trong khi mũ trẻ em đạt chuẩn có giá từ 180.000 đồng trở lên. Chi cục đã xử phạt 23 cơ sở kinh doanh với tổng số tiền 312 triệu đồng.

Theo khảo sát năm 2023 của Quỹ Phòng chống thương vong châu Á (AIP) tại TP HCM, tỷ lệ trẻ em đội mũ bảo hiểm khi ngồi sau xe máy chỉ khoảng 67%, trong khi ở người lớn là 97%. Tỷ lệ trẻ em đội mũ đúng cách, cài quai chắc chắn còn thấp hơn, chưa đến 45%.

Trên cả nước, hiện có 126 cơ sở sản xuất mũ bảo hiểm được cấp giấy chứng nhận hợp quy, năng lực khoảng 20 triệu chiếc mỗi năm. Theo Tổng cục Tiêu chuẩn Đo lường Chất lượng, 8 tháng đầu năm 2024, lực lượng quản lý thị trường các địa phương đã thu giữ hơn 48.000 mũ bảo hiểm không rõ nguồn gốc, gấp 1,6 lần cùng kỳ năm 2023.

Bà Trần Thị Bảy, phụ huynh ở quận 12, cho biết thường mua mũ cho con ở chợ vì rẻ. "Tôi không biết cách phân biệt mũ đạt chuẩn", bà nói.

Lê Hoàng
"""

PKT = period("từ tháng 6 đến tháng 8", "2024-06-01", "2024-08-31", inherited=True)
P23 = period("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Hơn 61% mũ", "61", 61, "percent", "%", "mũ bảo hiểm trẻ em bán ở chợ không đạt chuẩn", approx="over"),
    F("Trong số 240 mẫu", "240", 240, "count", "mẫu", "mẫu mũ bảo hiểm trẻ em lấy tại chợ, cửa hàng nhỏ và lề đường",
      period=PKT),
    F("ở 8 quận, huyện", "8", 8, "count", "quận, huyện", "quận, huyện lấy mẫu"),
    F("có 147 mẫu", "147", 147, "count", "mẫu", "mẫu không đạt quy chuẩn kỹ thuật quốc gia",
      total=240, percent=61.25, period=PKT),
    F("chưa đến 10 mm", "10", 10, "measure", "mm", None, approx="under", optional=True),
    F("giá 40.000-70.000 đồng", "40.000", 40000, "money", "đồng", "giá mũ không đạt chuẩn", value_max=70000),
    F("từ 180.000 đồng trở lên", "180.000", 180000, "money", "đồng", "giá mũ trẻ em đạt chuẩn",
      approx="at_least"),
    F("xử phạt 23 cơ sở", "23", 23, "count", "cơ sở kinh doanh", "cơ sở kinh doanh bị xử phạt"),
    F("tiền 312 triệu đồng", "312", 312e6, "money", "đồng", "tổng số tiền xử phạt"),
    F("khoảng 67%", "67", 67, "percent", "%", "tỷ lệ trẻ em đội mũ bảo hiểm khi ngồi sau xe máy",
      approx="about", period=P23),
    F("người lớn là 97%", "97", 97, "percent", "%", "tỷ lệ đội mũ bảo hiểm ở người lớn", period=P23),
    F("chưa đến 45%", "45", 45, "percent", "%", "tỷ lệ trẻ em đội mũ đúng cách, cài quai chắc chắn",
      approx="under", period=period("năm 2023", "2023-01-01", "2023-12-31", inherited=True)),
    F("có 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở sản xuất mũ bảo hiểm được cấp giấy chứng nhận hợp quy",
      location="Việt Nam"),
    F("khoảng 20 triệu chiếc mỗi năm", "20", 20e6, "measure", "chiếc/năm", "năng lực sản xuất mũ bảo hiểm",
      approx="about", location="Việt Nam"),
    F("hơn 48.000 mũ", "48.000", 48000, "count", "mũ bảo hiểm", "mũ bảo hiểm không rõ nguồn gốc bị thu giữ",
      approx="over", change=change("increase", 1.6, "lần", "cùng kỳ năm 2023"), location="Việt Nam",
      period=period("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")),
]

NOTES = [
    "National newspaper (VnExpress style), dateline 'Thứ hai, 16/9/2024, 06:00 (GMT+7)', place tag 'TP HCM -', byline at the end.",
    "Not figures: 06:00, 'hôm 14/9', 'quận 12', 'Bà Trần Thị Bảy', the period 'từ tháng 6 đến tháng 8'.",
    "240 after 'Trong số' is a figure and the whole of 147; the inspection period stands in the next sentence (inherited).",
    "'dày chưa đến 10 mm' describes the defect (a specification): optional. '20 triệu chiếc mỗi năm' is a rate (measure, chiếc/năm).",
    "The last paragraph ('Trên cả nước') is national; 'gấp 1,6 lần cùng kỳ' is the change of 48.000 mũ.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2024-09-16", location="TP Hồ Chí Minh")
