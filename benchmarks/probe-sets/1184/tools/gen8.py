"""p1184-8: provincial newspaper online (Báo Nghệ An): quý I/2025 shrimp seed, quarantine, a hatchery in Quỳnh Lưu, 2025 plan."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Quý I, Nghệ An sản xuất gần 1,2 tỷ con tôm giống
Cập nhật: 09:20 | 21/04/2025

(Baonghean.vn) - Quý I/2025, các cơ sở sản xuất giống trên địa bàn tỉnh Nghệ An đã cho ra 1,18 tỷ con tôm giống các loại, tăng 15,2% so với cùng kỳ năm 2024. Lượng giống này đáp ứng khoảng 55% nhu cầu thả nuôi vụ xuân hè của người dân.

Theo Chi cục Thủy sản Nghệ An, toàn tỉnh có 21 cơ sở sản xuất tôm giống, tập trung ở huyện Quỳnh Lưu và thị xã Hoàng Mai, với tổng số 640 bể ương. Năng lực sản xuất đạt từ 2,2 đến 2,5 tỷ con/năm. Trong quý I, cơ quan chuyên môn đã kiểm dịch 1.260 con tôm bố mẹ và 312 triệu con tôm giống nhập từ các tỉnh phía Nam; 100% lô giống được xét nghiệm sạch bệnh trước khi xuất bán.

Tại xã Quỳnh Bảng (huyện Quỳnh Lưu), trại giống của anh Hồ Văn Sỹ có 42 bể ương với tổng thể tích 1.050 m3. Mỗi năm trại sản xuất hai vụ, vụ chính từ tháng 1 đến tháng 5, cung ứng khoảng 180 triệu con post cho người nuôi trong vùng. Anh Sỹ cho biết, giá tôm giống năm nay từ 85 đến 100 đồng/con, cao hơn năm ngoái 10-15 đồng/con.

Ông Nguyễn Đình Quang, Chi cục trưởng Chi cục Thủy sản cho biết, năm 2025 tỉnh phấn đấu sản xuất 2,4 tỷ con tôm giống, đáp ứng 70% nhu cầu; dự kiến sẽ hỗ trợ 40% kinh phí xét nghiệm cho các cơ sở đạt chứng nhận VietGAP, tối đa 50 triệu đồng/cơ sở.

Minh Tâm
"""

QH = per("Quý I", "2025-01-01", "2025-03-31")
Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
QT = per("Trong quý I", "2025-01-01", "2025-03-31")
NN = per("năm nay", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
QL = "Quỳnh Lưu"
TRAI = "trại giống của anh Hồ Văn Sỹ"

FIGS = [
    fig("gần 1,2 tỷ con", "1,2", 1.2e9, "count", "con", approx="nearly",
        subject="tôm giống sản xuất", period=QH),
    fig("cho ra 1,18 tỷ con", "1,18", 1.18e9, "count", "con",
        change=chg("increase", 15.2, "%", "cùng kỳ năm 2024"),
        subject="tôm giống các loại sản xuất", period=Q1),
    fig("khoảng 55% nhu cầu", "55", 55, "percent", "%", approx="about",
        subject="nhu cầu thả nuôi vụ xuân hè được đáp ứng", period=inh(Q1)),
    fig("có 21 cơ sở", "21", 21, "count", "cơ sở", subject="cơ sở sản xuất tôm giống"),
    fig("số 640 bể ương", "640", 640, "count", "bể ương", subject="bể ương của các cơ sở sản xuất tôm giống"),
    fig("từ 2,2 đến 2,5 tỷ con/năm", "2,2", 2.2e9, "measure", "con/năm", value_max=2.5e9,
        subject="năng lực sản xuất tôm giống"),
    fig("kiểm dịch 1.260 con", "1.260", 1260, "count", "con",
        subject="tôm bố mẹ được kiểm dịch", period=QT),
    fig("312 triệu con", "312", 312e6, "count", "con",
        subject="tôm giống nhập từ các tỉnh phía Nam được kiểm dịch", period=QT),
    fig("100% lô giống", "100", 100, "percent", "%",
        subject="lô giống được xét nghiệm sạch bệnh trước khi xuất bán", period=QT),
    fig("có 42 bể ương", "42", 42, "count", "bể ương", subject=f"bể ương của {TRAI}", location=QL),
    fig("1.050 m3", "1.050", 1050, "measure", "m3", subject="tổng thể tích bể ương của trại", location=QL),
    fig("sản xuất hai vụ", "hai", 2, "count", "vụ", subject="vụ sản xuất mỗi năm của trại", location=QL),
    fig("khoảng 180 triệu con", "180", 180e6, "count", "con", approx="about",
        subject="con post trại cung ứng mỗi năm", location=QL),
    fig("từ 85 đến 100 đồng/con", "85", 85, "money", "đồng/con", value_max=100,
        change=chg("increase", 10, "đồng/con", "năm ngoái"),
        subject="giá tôm giống", period=NN, location=QL),
    fig("sản xuất 2,4 tỷ con", "2,4", 2.4e9, "count", "con", percent=70, status="target",
        subject="tôm giống sản xuất", period=Y25),
    fig("hỗ trợ 40% kinh phí", "40", 40, "percent", "%", status="forecast",
        subject="kinh phí xét nghiệm được hỗ trợ cho các cơ sở đạt chứng nhận VietGAP", period=Y25),
    fig("tối đa 50 triệu", "50", 50e6, "money", "đồng/cơ sở", approx="at_most", status="forecast",
        subject="mức hỗ trợ kinh phí xét nghiệm", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Nghệ An): headline figure, 'Cập nhật: 09:20 | 21/04/2025' (published), tag '(Baonghean.vn) -'.",
    "Headline 'Quý I' takes 2025 from the lead/published. 1,18 tỷ carries the change vs 'cùng kỳ năm 2024'; the 55% stands in its own",
    "sentence ('Lượng giống này đáp ứng …') as a percent figure with the quarter inherited.",
    "'2,2 đến 2,5 tỷ con/năm' is a capacity rate (measure, denominator in the unit). 'Trong quý I' sentence: the ';' clause keeps it.",
    "Hatchery in xã Quỳnh Bảng, huyện Quỳnh Lưu: its figures (and anh Sỹ's price quote) are located in Quỳnh Lưu. 'hai vụ' is a number",
    "word; 'từ tháng 1 đến tháng 5' is a season, not a figure. Price change 'cao hơn năm ngoái 10-15 đồng/con' -> change 10 (range low end).",
    "2025: 'phấn đấu' -> target (share 'đáp ứng 70% nhu cầu' = percent of 2,4 tỷ); 'dự kiến' clause -> forecast, 'tối đa' -> at_most.",
    "Distractors: time 09:20, 'vụ chính từ tháng 1 đến tháng 5', 'Chi cục trưởng'.",
]

if __name__ == "__main__":
    build("p1184-8", TEXT, NOTES, FIGS, published="2025-04-21", location="Nghệ An")
