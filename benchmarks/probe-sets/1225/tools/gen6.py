"""p1225-6: national newspaper: Hà Tĩnh breaks ground on a rare earth processing plant; national export context."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ Ba, 18/06/2024, 10:15 (GMT+7)

Hà Tĩnh khởi công nhà máy chế biến sâu đất hiếm 2.500 tỷ đồng

Nhà máy có công suất giai đoạn đầu 10.000 tấn tinh quặng mỗi năm, dự kiến tạo việc làm cho khoảng 600 lao động.

Sáng 17/6, tại Khu kinh tế Vũng Áng (thị xã Kỳ Anh), UBND tỉnh Hà Tĩnh phối hợp Công ty cổ phần Vật liệu hiếm Hưng Phát khởi công Nhà máy chế biến sâu đất hiếm Vũng Áng. Dự án có tổng vốn đầu tư hơn 2.500 tỷ đồng, rộng 32 ha, gồm 2 giai đoạn. Giai đoạn 1 (2024-2026) có vốn 1.450 tỷ đồng, sản xuất oxit đất hiếm riêng rẽ với công suất 10.000 tấn tinh quặng/năm; giai đoạn 2 dự kiến nâng công suất lên 25.000 tấn/năm.

Theo ông Trần Quốc Bảo, Tổng giám đốc Hưng Phát, khoảng 60% nguyên liệu của nhà máy dự kiến lấy từ các mỏ sa khoáng ven biển trong tỉnh, phần còn lại nhập khẩu. Đến năm 2027, nhà máy đặt mục tiêu doanh thu đạt 3.200 tỷ đồng/năm và sử dụng ít nhất 70% lao động địa phương.

Theo Bộ Công Thương, năm 2023 cả nước xuất khẩu khoảng 1.200 tấn sản phẩm đất hiếm, trị giá 21,4 triệu USD, giảm 8,5% so với năm 2022. Trong đó, oxit đất hiếm chiếm 64%, còn lại là tinh quặng. Việt Nam hiện chỉ có 2 cơ sở tách chiết đất hiếm quy mô công nghiệp, tổng công suất chưa đến 3.000 tấn/năm.

Giá oxit neodymi (Nd2O3) trên thị trường thế giới hiện khoảng 60 - 65 USD/kg, giảm gần 40% so với đầu năm 2023, khiến nhiều dự án phải tính toán lại hiệu quả.

Hoài Nam
"""

PH1 = per("Giai đoạn 1 (2024-2026)", "2024-01-01", "2026-12-31")
T27 = per("Đến năm 2027", None, "2027-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
KA = "Kỳ Anh"
VN = "Việt Nam"

FIGS = [
    fig("đất hiếm 2.500 tỷ", "2.500", 2500e9, "money", "đồng",
        subject="vốn đầu tư nhà máy chế biến sâu đất hiếm"),
    fig("đầu 10.000 tấn", "10.000", 10000, "measure", "tấn/năm",
        subject="công suất giai đoạn đầu của nhà máy"),
    fig("khoảng 600 lao động", "600", 600, "count", "lao động", approx="about", status="forecast",
        subject="việc làm nhà máy tạo ra"),
    fig("hơn 2.500 tỷ", "2.500", 2500e9, "money", "đồng", approx="over",
        subject="tổng vốn đầu tư dự án", location=KA),
    fig("rộng 32 ha", "32", 32, "measure", "ha", subject="diện tích dự án", location=KA),
    fig("gồm 2 giai đoạn", "2", 2, "count", "giai đoạn", optional=True, subject="giai đoạn của dự án",
        location=KA),
    fig("vốn 1.450 tỷ", "1.450", 1450e9, "money", "đồng", subject="vốn giai đoạn 1", period=PH1, location=KA),
    fig("suất 10.000 tấn", "10.000", 10000, "measure", "tấn/năm", subject="công suất giai đoạn 1",
        period=PH1, location=KA),
    fig("lên 25.000 tấn", "25.000", 25000, "measure", "tấn/năm", status="forecast",
        subject="công suất giai đoạn 2", location=KA),
    fig("khoảng 60% nguyên liệu", "60", 60, "percent", "%", approx="about", status="forecast",
        subject="tỷ lệ nguyên liệu của nhà máy lấy từ các mỏ sa khoáng ven biển trong tỉnh", location=KA),
    fig("đạt 3.200 tỷ", "3.200", 3200e9, "money", "đồng/năm", status="target",
        subject="doanh thu của nhà máy", period=T27, location=KA),
    fig("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ lao động địa phương", period=T27, location=KA),
    fig("khoảng 1.200 tấn", "1.200", 1200, "measure", "tấn", approx="about",
        subject="sản phẩm đất hiếm xuất khẩu", period=Y23, location=VN),
    fig("trị giá 21,4 triệu", "21,4", 21.4e6, "money", "USD", change=chg("decrease", 8.5, "%", "năm 2022"),
        subject="trị giá xuất khẩu sản phẩm đất hiếm", period=Y23, location=VN),
    fig("chiếm 64%", "64", 64, "percent", "%", subject="tỷ trọng oxit đất hiếm trong xuất khẩu đất hiếm",
        period=inh(Y23), location=VN),
    fig("có 2 cơ sở", "2", 2, "count", "cơ sở", subject="cơ sở tách chiết đất hiếm quy mô công nghiệp",
        location=VN),
    fig("chưa đến 3.000 tấn", "3.000", 3000, "measure", "tấn/năm", approx="under",
        subject="tổng công suất các cơ sở tách chiết đất hiếm", location=VN),
    fig("khoảng 60 - 65", "60", 60, "money", "USD/kg", value_max=65, approx="about",
        change=chg("decrease", 40, "%", "đầu năm 2023", approx="nearly"),
        subject="giá oxit neodymi (Nd2O3) trên thị trường thế giới", location=""),
]

NOTES = [
    "National newspaper: 'Thứ Ba, 18/06/2024, 10:15 (GMT+7)' (published), section breadcrumb, sapo, byline at the end.",
    "Distractors: '10:15', '(GMT+7)', 'Sáng 17/6', 'Giai đoạn 1 (2024-2026)' (a phase label and its years), 'Nd2O3', 'giai đoạn 2'.",
    "Headline and sapo name only Hà Tĩnh (default location); the body places the plant in thị xã Kỳ Anh: its figures get Kỳ Anh.",
    "The sapo's '10.000 tấn tinh quặng mỗi năm' is a rate (tấn/năm). 'gồm 2 giai đoạn' is structure (optional).",
    "The 1.450 tỷ and the phase-1 capacity take the phase's years 2024-2026 as their period. 'dự kiến' → forecast; 'đặt mục tiêu' → target,",
    "'khoảng 60% nguyên liệu ... dự kiến lấy' → forecast; the plant's plan paragraph keeps Kỳ Anh. Export figures: national (Việt Nam); 'giảm 8,5%'",
    "belongs to the value 21,4 triệu USD that it follows. 'oxit đất hiếm chiếm 64%' after 'Trong đó' is a percent figure (no total).",
    "The world price of Nd2O3 describes no Vietnamese place: location null (empty string).",
]

if __name__ == "__main__":
    write("p1225-6", TEXT, NOTES, FIGS, published="2024-06-18", location="Hà Tĩnh")
