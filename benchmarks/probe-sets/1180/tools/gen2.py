"""p1180-2: district portal (huyện Nghĩa Đàn, Nghệ An) - silage maize for dairy, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NGHĨA ĐÀN
Trang chủ / Tin tức / Kinh tế - Nông nghiệp

Nông dân Nghĩa Đàn lãi 20-25 triệu đồng/ha nhờ liên kết trồng ngô sinh khối

05/07/2024 10:15

6 tháng đầu năm, toàn huyện đã gieo trồng 1.860 ha ngô sinh khối, bằng 62% kế hoạch năm, tăng 8,5% so với cùng kỳ. Diện tích tập trung ở các xã Nghĩa Sơn, Nghĩa Lâm, Nghĩa Lạc, Nghĩa Yên. Toàn bộ sản lượng được Công ty cổ phần Thực phẩm sữa TH bao tiêu với giá 1.150 đồng/kg tại ruộng, cao hơn 50 đồng/kg so với năm 2023.

Ông Lê Văn Hùng ở xóm 3, xã Nghĩa Sơn cho biết, gia đình ông trồng 2,5 ha ngô sinh khối, mỗi vụ thu khoảng 110 tấn cây tươi; trừ chi phí còn lãi hơn 50 triệu đồng. Năm nay ông trồng hai vụ ngô và một vụ cỏ.

Toàn huyện hiện có 38 tổ hợp tác và 6 hợp tác xã tham gia liên kết, với hơn 2.700 hộ. Năng suất ngô sinh khối bình quân đạt 45 tấn/ha; riêng các diện tích áp dụng cơ giới hóa đạt từ 52 đến 55 tấn/ha.

Tổng đàn bò sữa trên địa bàn hiện có khoảng 45.000 con, trong đó đàn bò sữa của hộ gia đình gần 1.200 con. Nhu cầu thức ăn thô xanh cho đàn bò khoảng 400.000 tấn/năm.

Huyện đặt mục tiêu đến năm 2025 diện tích ngô sinh khối đạt 3.200 ha, cơ giới hóa khâu thu hoạch đạt 70% diện tích.

Minh Tâm - Phòng NN&PTNT huyện
Điện thoại: 0238.3881.246
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("lãi 20-25 triệu", "20", 20000000, "money", "đồng/ha", value_max=25000000,
        subject="lãi của nông dân liên kết trồng ngô sinh khối"),
    fig("gieo trồng 1.860 ha", "1.860", 1860, "measure", "ha", percent=62,
        change=chg("increase", 8.5, "%", "cùng kỳ"),
        subject="diện tích ngô sinh khối gieo trồng", period=H1),
    fig("giá 1.150 đồng/kg", "1.150", 1150, "money", "đồng/kg",
        change=chg("increase", 50, "đồng/kg", "năm 2023"),
        subject="giá bao tiêu ngô sinh khối tại ruộng"),
    fig("trồng 2,5 ha", "2,5", 2.5, "measure", "ha",
        subject="diện tích ngô sinh khối của gia đình ông Lê Văn Hùng"),
    fig("khoảng 110 tấn", "110", 110, "measure", "tấn/vụ", approx="about",
        subject="sản lượng ngô sinh khối cây tươi mỗi vụ của gia đình ông Hùng"),
    fig("hơn 50 triệu", "50", 50000000, "money", "đồng", approx="over",
        subject="lãi mỗi vụ của gia đình ông Hùng sau khi trừ chi phí"),
    fig("trồng hai vụ", "hai", 2, "count", "vụ", subject="vụ ngô ông Hùng trồng", period=NOW),
    fig("và một vụ", "một", 1, "count", "vụ", subject="vụ cỏ ông Hùng trồng", period=NOW),
    fig("có 38 tổ", "38", 38, "count", "tổ hợp tác", subject="tổ hợp tác tham gia liên kết trồng ngô sinh khối"),
    fig("và 6 hợp tác xã", "6", 6, "count", "hợp tác xã", subject="hợp tác xã tham gia liên kết trồng ngô sinh khối"),
    fig("hơn 2.700 hộ", "2.700", 2700, "count", "hộ", approx="over", subject="hộ tham gia liên kết trồng ngô sinh khối"),
    fig("đạt 45 tấn/ha", "45", 45, "measure", "tấn/ha", subject="năng suất ngô sinh khối bình quân"),
    fig("từ 52 đến 55", "52", 52, "measure", "tấn/ha", value_max=55,
        subject="năng suất ngô sinh khối trên diện tích áp dụng cơ giới hóa"),
    fig("khoảng 45.000 con", "45.000", 45000, "count", "con", approx="about", subject="tổng đàn bò sữa"),
    fig("gần 1.200 con", "1.200", 1200, "count", "con", approx="nearly", total=45000,
        subject="đàn bò sữa của hộ gia đình"),
    fig("khoảng 400.000 tấn", "400.000", 400000, "measure", "tấn/năm", approx="about",
        subject="nhu cầu thức ăn thô xanh cho đàn bò"),
    fig("đạt 3.200 ha", "3.200", 3200, "measure", "ha", status="target",
        subject="diện tích ngô sinh khối", period=T25),
    fig("đạt 70%", "70", 70, "percent", "%", status="target",
        subject="tỷ lệ diện tích cơ giới hóa khâu thu hoạch", period=T25),
]

NOTES = [
    "District portal (huyện Nghĩa Đàn, Nghệ An): header, breadcrumb, bare '05/07/2024 10:15' dateline, byline + phone at the end.",
    "Distractors: 10:15, 'xóm 3', phone 0238.3881.246. Year-less '6 tháng đầu năm' takes 2024 from the dateline; 'Năm nay' = 2024.",
    "'bằng 62% kế hoạch năm' = percent of 1.860 ha; 'cao hơn 50 đồng/kg so với năm 2023' = change of the price (the year is a baseline, not a period).",
    "Commune-level figures (xã Nghĩa Sơn) keep the district as location (FIGURES.md: province, city or district).",
    "Rates with 'mỗi vụ' / '/năm' keep the denominator in the unit (tấn/vụ, tấn/năm). Number words 'hai vụ', 'một vụ' are counts.",
]

if __name__ == "__main__":
    write("p1180-2", TEXT, NOTES, FIGS, published="2024-07-05", location="Nghĩa Đàn")
