"""p1472-6: national newspaper: purifiers sell out online as Hà Nội's air worsens (Dec 2024 - Jan 2025)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa

Thứ hai, 13/1/2025, 06:00 (GMT+7)

Máy lọc không khí bán chạy khi Hà Nội ô nhiễm

Doanh số máy lọc không khí trên các sàn thương mại điện tử trong tháng 12/2024 tăng gần gấp ba so với tháng trước, khi Hà Nội liên tục lọt nhóm thành phố ô nhiễm nhất thế giới.

Theo số liệu của nền tảng phân tích DataMart VN, từ ngày 1/12/2024 đến 5/1/2025, người tiêu dùng cả nước đã chi khoảng 214 tỷ đồng mua gần 97.000 máy lọc không khí trên các sàn thương mại điện tử. Mức giá bình quân mỗi máy khoảng 2,2 triệu đồng, thấp hơn 12% so với cùng kỳ năm trước do các mẫu giá rẻ lên ngôi. Dòng máy có bộ lọc HEPA và cảm biến bụi mịn PM2.5 chiếm 78% doanh số.

"Chỉ trong tuần đầu tháng 1, đơn hàng của chúng tôi đã bằng 60% cả tháng 11", ông Lê Hoàng Nam, Giám đốc Công ty cổ phần Thiết bị AirViet (Bắc Ninh), cho biết. Công ty đã phải tăng ca, nâng sản lượng lắp ráp tại nhà máy lên 1.500 máy/ngày và tuyển thêm 120 công nhân thời vụ.

Theo Trung tâm Quan trắc môi trường miền Bắc, tháng 12/2024 Hà Nội có 19 ngày chất lượng không khí ở mức kém, 4 ngày ở mức xấu; nồng độ PM2.5 trung bình tháng là 68 µg/m3, cao gấp 1,4 lần quy chuẩn và gấp 13,6 lần khuyến nghị của Tổ chức Y tế thế giới (WHO).

Các chuyên gia khuyến cáo người tiêu dùng nên chọn máy có chỉ số CADR phù hợp với diện tích phòng, thay bộ lọc định kỳ và tránh mua hàng trôi nổi có giá rẻ bất thường.

Minh Châu
"""

DEC = per("trong tháng 12/2024", "2024-12-01", "2024-12-31")
SPAN = per("từ ngày 1/12/2024 đến 5/1/2025", "2024-12-01", "2025-01-05")
WEEK = per("tuần đầu tháng 1", "2025-01-01", "2025-01-07")
DEC2 = per("tháng 12/2024", "2024-12-01", "2024-12-31")
HN, BN = "Hà Nội", "Bắc Ninh"

FIGS = [
    fig("gần gấp ba", "ba", 3, "multiple", "lần", approx="nearly",
        subject="doanh số máy lọc không khí trên các sàn thương mại điện tử", period=DEC),
    fig("khoảng 214 tỷ", "214", 214e9, "money", "đồng", approx="about",
        subject="tiền người tiêu dùng chi mua máy lọc không khí", period=SPAN),
    fig("gần 97.000 máy", "97.000", 97000, "count", "máy lọc không khí", approx="nearly",
        subject="máy lọc không khí mua trên các sàn thương mại điện tử", period=SPAN),
    fig("khoảng 2,2 triệu", "2,2", 2.2e6, "money", "đồng/máy", approx="about",
        change=chg("decrease", 12, "%", "cùng kỳ năm trước"),
        subject="mức giá bình quân mỗi máy", period=inh(SPAN)),
    fig("chiếm 78%", "78", 78, "percent", "%",
        subject="dòng máy có bộ lọc HEPA và cảm biến bụi mịn PM2.5 trong doanh số", period=inh(SPAN)),
    fig("bằng 60%", "60", 60, "percent", "%",
        subject="đơn hàng của công ty so với cả tháng 11", period=WEEK, location=BN),
    fig("lên 1.500 máy/ngày", "1.500", 1500, "measure", "máy/ngày",
        subject="sản lượng lắp ráp tại nhà máy", location=BN),
    fig("thêm 120 công nhân", "120", 120, "count", "công nhân", subject="công nhân thời vụ tuyển thêm",
        location=BN),
    fig("có 19 ngày", "19", 19, "count", "ngày", subject="ngày chất lượng không khí ở mức kém",
        period=DEC2, location=HN),
    fig("4 ngày", "4", 4, "count", "ngày", subject="ngày chất lượng không khí ở mức xấu",
        period=DEC2, location=HN),
    fig("là 68 µg/m3", "68", 68, "measure", "µg/m3", change=chg("increase", 1.4, "lần", "quy chuẩn"),
        subject="nồng độ PM2.5 trung bình tháng", period=DEC2, location=HN),
    fig("gấp 13,6 lần", "13,6", 13.6, "multiple", "lần",
        subject="nồng độ PM2.5 so với khuyến nghị của Tổ chức Y tế thế giới", period=DEC2, location=HN,
        optional=True),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 13/1/2025, 06:00 (GMT+7)', sapo, quote, byline.",
    "Distractors: 06:00, '(GMT+7)', 'PM2.5' (twice), 'tháng trước', 'cùng kỳ năm trước', 'cả tháng 11' (a baseline), 'CADR'.",
    "Location: e-commerce figures are national ('người tiêu dùng cả nước') → Việt Nam (the default); air-quality figures Hà Nội;",
    "  the AirViet company is placed '(Bắc Ninh)': its quote and factory figures → Bắc Ninh.",
    "Sapo 'tăng gần gấp ba so với tháng trước' with no base amount is the claim: multiple 3, nearly.",
    "'khoảng 2,2 triệu đồng, thấp hơn 12%' → change decrease 12; period of the span stated in the previous sentence (inherited).",
    "'bằng 60% cả tháng 11' stands alone (no amount): percent figure. 'tuần đầu tháng 1' takes 2025 (nearest earlier date 5/1/2025).",
    "Revised after the first run: the 60% subject no longer repeats the period phrase ('tuần đầu tháng 1' is the period field).",
    "'68 µg/m3, cao gấp 1,4 lần quy chuẩn và gấp 13,6 lần khuyến nghị ... WHO': first multiple is the change attribute,",
    "  the second is its own figure (optional by spec: one attribute per figure).",
]

if __name__ == "__main__":
    write("p1472-6", TEXT, NOTES, FIGS, published="2025-01-13", location="Việt Nam")
