"""p1468-7: news agency (TTXVN/Vietnam+): the phone-accessory market and a domestic charger brand."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAM+ | Kinh tế | Doanh nghiệp

Phụ kiện điện thoại "made in Vietnam" mở rộng thị phần

Hà Nội, 14/5/2024 (TTXVN/Vietnam+) - Quy mô thị trường phụ kiện điện thoại tại Việt Nam năm 2023 ước đạt khoảng 12.000 tỷ đồng, trong đó sạc và cáp sạc chiếm khoảng 45%, pin sạc dự phòng chiếm 18%, theo báo cáo của Viện Nghiên cứu thị trường Đông Á công bố ngày 13/5.

Các thương hiệu trong nước hiện chiếm khoảng 14% thị phần, tăng gần gấp đôi so với năm 2019. Hàng nhập khẩu, chủ yếu từ Trung Quốc, vẫn chiếm trên 70% thị phần.

Tại Hà Nội, Công ty cổ phần Công nghệ Sao Việt, chủ thương hiệu sạc Vipower, năm 2023 bán ra 3,6 triệu sản phẩm, doanh thu 415 tỷ đồng, tăng 37% so với năm 2022. Bà Phạm Thu Hà, Tổng Giám đốc công ty, cho biết Sao Việt có 210 điểm bán và 3 nhà máy lắp ráp tại Hà Nội, Hưng Yên và Bình Dương; tỷ lệ nội địa hóa của dòng sạc nhanh Vipower S65 đạt 42%.

Năm 2024, công ty đặt mục tiêu doanh thu 550 tỷ đồng và xuất khẩu lô hàng đầu tiên khoảng 200.000 sản phẩm sang Lào, Campuchia.

Theo dự báo của Viện, quy mô thị trường phụ kiện điện thoại Việt Nam có thể đạt 15.500 tỷ đồng vào năm 2026, tốc độ tăng trưởng bình quân khoảng 9%/năm. Các chuyên gia cho rằng doanh nghiệp trong nước cần đầu tư vào công nghệ sạc nhanh GaN và đạt chứng nhận hợp quy để cạnh tranh với hàng ngoại.

(TTXVN/Vietnam+)

Tags: sạc điện thoại, cáp sạc, pin sạc dự phòng, thương hiệu Việt
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y26 = per("vào năm 2026", "2026-01-01", "2026-12-31")
HN = "Hà Nội"

FIGS = [
    fig("khoảng 12.000 tỷ", "12.000", 12000e9, "money", "đồng", approx="about", status="estimate",
        subject="quy mô thị trường phụ kiện điện thoại", period=Y23),
    fig("chiếm khoảng 45%", "45", 45, "percent", "%", approx="about", status="estimate",
        subject="sạc và cáp sạc trong thị trường phụ kiện điện thoại", period=Y23),
    fig("chiếm 18%", "18", 18, "percent", "%", status="estimate",
        subject="pin sạc dự phòng trong thị trường phụ kiện điện thoại", period=Y23),
    fig("khoảng 14% thị phần", "14", 14, "percent", "%", approx="about",
        change=chg("increase", 2, "lần", "năm 2019", approx="nearly"),
        subject="thị phần của các thương hiệu trong nước"),
    fig("trên 70%", "70", 70, "percent", "%", approx="over", subject="thị phần của hàng nhập khẩu"),
    fig("bán ra 3,6 triệu", "3,6", 3.6e6, "count", "sản phẩm",
        subject="sản phẩm Công ty cổ phần Công nghệ Sao Việt bán ra", period=Y23, location=HN),
    fig("doanh thu 415 tỷ", "415", 415e9, "money", "đồng", change=chg("increase", 37, "%", "năm 2022"),
        subject="doanh thu của Công ty cổ phần Công nghệ Sao Việt", period=Y23, location=HN),
    fig("có 210 điểm bán", "210", 210, "count", "điểm bán", subject="điểm bán của Sao Việt", location=HN),
    fig("và 3 nhà máy", "3", 3, "count", "nhà máy", subject="nhà máy lắp ráp của Sao Việt", location=HN),
    fig("đạt 42%", "42", 42, "percent", "%", subject="tỷ lệ nội địa hóa của dòng sạc nhanh Vipower", location=HN),
    fig("doanh thu 550 tỷ", "550", 550e9, "money", "đồng", status="target",
        subject="doanh thu của công ty", period=Y24, location=HN),
    fig("khoảng 200.000 sản phẩm", "200.000", 200000, "count", "sản phẩm", approx="about", status="target",
        subject="lô hàng xuất khẩu đầu tiên sang Lào, Campuchia", period=Y24, location=HN),
    fig("đạt 15.500 tỷ", "15.500", 15500e9, "money", "đồng", status="forecast",
        subject="quy mô thị trường phụ kiện điện thoại Việt Nam", period=Y26),
    fig("khoảng 9%/năm", "9", 9, "percent", "%", approx="about", status="forecast",
        subject="tốc độ tăng trưởng bình quân của thị trường phụ kiện điện thoại"),
]

NOTES = [
    "News agency (TTXVN/Vietnam+): dateline 'Hà Nội, 14/5/2024 (TTXVN/Vietnam+) -', closing '(TTXVN/Vietnam+)', tags.",
    "Distractors: 'ngày 13/5', 'năm 2019' (baseline), 'Vipower S65' (a product name with digits), 'Lào, Campuchia', 'Trung Quốc' (partners).",
    "Location Việt Nam for the national market figures; the Sao Việt passage opens with 'Tại Hà Nội' → Hà Nội (the factories' list",
    "'tại Hà Nội, Hưng Yên và Bình Dương' does not move the company count elsewhere).",
    "'ước đạt khoảng' → estimate + about; the 'trong đó ... chiếm khoảng 45%, ... chiếm 18%' shares continue that clause → estimate,",
    "percent figures of their own (a percent after 'chiếm' with no base amount of its own), period năm 2023.",
    "'chiếm khoảng 14% thị phần, tăng gần gấp đôi so với năm 2019': a share with a change in lần (nearly 2).",
    "'Năm 2024, công ty đặt mục tiêu ... và xuất khẩu ...' → target for both clauses.",
    "revised after the first run: 550 tỷ subject 'doanh thu công ty đặt mục tiêu' → 'doanh thu của công ty' (the status cue is not part",
    "of the indicator; it is carried by status = target).",
    "'có thể đạt 15.500 tỷ đồng vào năm 2026' under 'Theo dự báo' → forecast, period 2026; the 9%/năm average growth rate",
    "is a percent figure (growth rate as the claim), forecast, no period in the gold (its span is not stated).",
]

if __name__ == "__main__":
    write("p1468-7", TEXT, NOTES, FIGS, published="2024-05-14", location="Việt Nam")
