"""p1230-2: district portal (huyện Tiên Phước, Quảng Nam), areca and betel, first half of 2024; a household's garden."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN PHƯỚC
Trang chủ | Tin tức | Kinh tế | Văn bản chỉ đạo

Tiên Phước: Cây cau, cây trầu mang lại nguồn thu ổn định

Thứ Sáu, 05/07/2024 - 08:30

6 tháng đầu năm, nông dân trong huyện thu hoạch khoảng 3.250 tấn cau tươi, đạt 54% kế hoạch năm, tăng 6,5% so với cùng kỳ. Toàn huyện hiện có 1.480 ha cau, phân bố ở 15 xã, thị trấn; các xã Tiên Lộc, Tiên Cẩm và Tiên Lãnh có diện tích lớn nhất, lần lượt 210 ha, 185 ha và 160 ha.

Bên cạnh cau, trầu không được trồng xen dưới tán hoặc cho leo theo thân cau với diện tích khoảng 95 ha. Giá lá trầu tại chợ Tiên Phước ổn định ở mức 40.000-50.000 đồng/kg.

Gia đình ông Lê Văn Thành (58 tuổi) ở thôn 3, xã Tiên Lộc có hai ha cau với gần 3.000 cây, trồng xen 400 gốc trầu. Mỗi năm ông thu hoạch ba đợt cau, bình quân 18 tấn quả; sau khi trừ chi phí còn lãi trên 150 triệu đồng. Vườn cau tạo việc làm thời vụ cho 6 lao động địa phương với tiền công 250.000 đồng/người/ngày.

Năm 2024, huyện phấn đấu trồng mới 60 ha cau, nâng tỷ lệ diện tích áp dụng quy trình sản xuất an toàn lên 30%. Dự kiến cả năm 2024, giá trị sản xuất từ cây cau trên địa bàn đạt khoảng 95 tỷ đồng.

Ngọc Phú - Trung tâm VH-TT&TT huyện

UBND HUYỆN TIÊN PHƯỚC - Địa chỉ: 01 Hùng Vương, thị trấn Tiên Kỳ. Điện thoại: 0235.3884.221
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24F = P("cả năm 2024", "2024-01-01", "2024-12-31")
AREA = "diện tích cau"
HH = "gia đình ông Lê Văn Thành"

FIGS = [
    F("khoảng 3.250 tấn", "3.250", 3250, "measure", "tấn", approx="about", percent=54,
      change=C("increase", 6.5, "%", "cùng kỳ"), subject="cau tươi thu hoạch", period=H1),
    F("có 1.480 ha cau", "1.480", 1480, "measure", "ha", subject=AREA),
    F("ở 15 xã", "15", 15, "count", "xã, thị trấn", subject="xã, thị trấn trồng cau"),
    F("lần lượt 210 ha", "210", 210, "measure", "ha", subject="diện tích cau xã Tiên Lộc"),
    F("ha, 185 ha", "185", 185, "measure", "ha", subject="diện tích cau xã Tiên Cẩm"),
    F("và 160 ha", "160", 160, "measure", "ha", subject="diện tích cau xã Tiên Lãnh"),
    F("khoảng 95 ha", "95", 95, "measure", "ha", approx="about", subject="diện tích trầu không trồng xen"),
    F("mức 40.000-50.000", "40.000", 40000, "money", "đồng/kg", value_max=50000,
      subject="giá lá trầu tại chợ Tiên Phước"),
    F("(58 tuổi)", "58", 58, "measure", "tuổi", optional=True, subject="tuổi ông Lê Văn Thành"),
    F("có hai ha cau", "hai", 2, "measure", "ha", subject=f"diện tích cau của {HH}"),
    F("gần 3.000 cây", "3.000", 3000, "count", "cây", approx="nearly", subject=f"cây cau của {HH}"),
    F("xen 400 gốc", "400", 400, "count", "gốc trầu", subject=f"gốc trầu trồng xen của {HH}"),
    F("hoạch ba đợt", "ba", 3, "count", "đợt", subject="đợt thu hoạch cau mỗi năm"),
    F("bình quân 18 tấn", "18", 18, "measure", "tấn", subject="sản lượng cau quả bình quân mỗi năm của gia đình ông Thành"),
    F("lãi trên 150 triệu", "150", 150000000, "money", "đồng", approx="over", subject="lãi từ vườn cau sau khi trừ chi phí"),
    F("cho 6 lao động", "6", 6, "count", "lao động", subject="lao động thời vụ của vườn cau"),
    F("250.000 đồng/người/ngày", "250.000", 250000, "money", "đồng/người/ngày",
      subject="tiền công lao động thời vụ"),
    F("trồng mới 60 ha", "60", 60, "measure", "ha", status="target", subject="diện tích cau trồng mới", period=Y24),
    F("lên 30%", "30", 30, "percent", "%", status="target",
      subject="tỷ lệ diện tích áp dụng quy trình sản xuất an toàn", period=Y24),
    F("khoảng 95 tỷ", "95", 95000000000, "money", "đồng", approx="about", status="forecast",
      subject="giá trị sản xuất từ cây cau", period=Y24F),
]

NOTES = [
    "District portal (huyện Tiên Phước, Quảng Nam): 'Thứ Sáu, 05/07/2024 - 08:30'; year-less '6 tháng đầu năm' takes 2024.",
    "Default location Tiên Phước (the district); communes (xã Tiên Lộc …) are below district level, so they stay in the subject.",
    "'lần lượt 210 ha, 185 ha và 160 ha' is a list of three communes (no total: the sentence does not call them parts).",
    "Number words: 'hai ha', 'ba đợt'. '(58 tuổi)' is optional; 'thôn 3', '01 Hùng Vương', phone, 08:30 are distractors.",
    "'đạt 54% kế hoạch năm' → percent; 'tăng 6,5% so với cùng kỳ' → change. 'Dự kiến cả năm 2024' → forecast.",
    "The household passage has no period ('Mỗi năm' is a rate, not a dated period).",
]

if __name__ == "__main__":
    write("p1230-2", TEXT, NOTES, FIGS, published="2024-07-05", location="Tiên Phước")
