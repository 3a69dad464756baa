"""p1151-8: Báo Thái Bình online ((TBO) tag). Bedding and mattress projects in industrial clusters, a plant in CCN Tân Minh (Quỳnh Phụ), fire checks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Thái Bình điện tử
Kinh tế | 12/07/2024 09:40

Hơn 1.100 tỷ đồng đầu tư sản xuất chăn ga gối, nệm trong các cụm công nghiệp

(TBO) - 6 tháng đầu năm, tỉnh đã chấp thuận chủ trương đầu tư 4 dự án sản xuất chăn ga gối, nệm vào các cụm công nghiệp với tổng vốn đăng ký 1.150 tỷ đồng, chiếm 21,7% tổng vốn đầu tư vào các cụm công nghiệp trong kỳ. Ba dự án lớn nhất tại các huyện Hưng Hà, Quỳnh Phụ và Vũ Thư có vốn lần lượt 420 tỷ đồng, 390 tỷ đồng và 210 tỷ đồng.

Tại Cụm công nghiệp Tân Minh (huyện Quỳnh Phụ), Công ty TNHH Nệm Thái An đã đi vào hoạt động từ tháng 3 với 3 dây chuyền sản xuất nệm bông ép và nệm lò xo. Công ty hiện có 460 lao động, thu nhập bình quân 7,8 triệu đồng/người/tháng; dự kiến cuối năm nâng lên 750 lao động. Sản lượng 6 tháng đạt 96.000 sản phẩm, khoảng 80% xuất khẩu sang thị trường Hàn Quốc.

Công tác PCCC tại các cơ sở sản xuất nệm được chú trọng. 6 tháng đầu năm, Phòng Cảnh sát PCCC và CNCH Công an tỉnh kiểm tra 38 cơ sở, phát hiện và xử phạt 9 trường hợp vi phạm với số tiền 148 triệu đồng; tổ chức một buổi diễn tập chữa cháy quy mô lớn tại Cụm công nghiệp Tân Minh với gần 200 người tham gia.

Cả năm 2024, tỉnh phấn đấu thu hút thêm từ 3 đến 5 dự án dệt may, chăn ga gối vào các cụm công nghiệp; đến năm 2025 có ít nhất 10 cụm công nghiệp được đầu tư hoàn chỉnh hạ tầng kỹ thuật và hệ thống PCCC.

Ngọc Anh
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
S6 = per("6 tháng", "2024-01-01", "2024-06-30")
EOY = per("cuối năm", None, "2024-12-31")
Y24 = per("Cả năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
QP = "Quỳnh Phụ"
SUBJ_V = "vốn đăng ký dự án sản xuất chăn ga gối, nệm"

FIGS = [
    fig("Hơn 1.100 tỷ", "1.100", 1100e9, "money", "đồng", approx="over",
        subject="vốn đầu tư sản xuất chăn ga gối, nệm trong các cụm công nghiệp"),
    fig("đầu tư 4 dự án", "4", 4, "count", "dự án", period=H1,
        subject="dự án sản xuất chăn ga gối, nệm được chấp thuận chủ trương đầu tư"),
    fig("đăng ký 1.150 tỷ", "1.150", 1150e9, "money", "đồng", percent=21.7, period=H1,
        subject="tổng vốn đăng ký"),
    fig("Ba dự án lớn nhất", "Ba", 3, "count", "dự án", optional=True,
        subject="dự án lớn nhất"),
    fig("lần lượt 420 tỷ", "420", 420e9, "money", "đồng", period=inh(H1), location="Hưng Hà", subject=SUBJ_V),
    fig("390 tỷ", "390", 390e9, "money", "đồng", period=inh(H1), location="Quỳnh Phụ", subject=SUBJ_V),
    fig("và 210 tỷ", "210", 210e9, "money", "đồng", period=inh(H1), location="Vũ Thư", subject=SUBJ_V),
    fig("với 3 dây chuyền", "3", 3, "count", "dây chuyền", location=QP,
        subject="dây chuyền sản xuất nệm bông ép và nệm lò xo"),
    fig("có 460 lao động", "460", 460, "count", "lao động", location=QP,
        subject="lao động Công ty TNHH Nệm Thái An"),
    fig("bình quân 7,8 triệu", "7,8", 7.8e6, "money", "đồng/người/tháng", location=QP,
        subject="thu nhập bình quân"),
    fig("lên 750 lao động", "750", 750, "count", "lao động", status="forecast", period=EOY, location=QP,
        subject="lao động của công ty"),
    fig("đạt 96.000 sản phẩm", "96.000", 96000, "count", "sản phẩm", period=S6, location=QP,
        subject="sản lượng của công ty"),
    fig("khoảng 80%", "80", 80, "percent", "%", approx="about", period=S6, location=QP,
        subject="tỷ lệ sản phẩm xuất khẩu sang thị trường Hàn Quốc"),
    fig("kiểm tra 38 cơ sở", "38", 38, "count", "cơ sở", period=H1,
        subject="cơ sở sản xuất nệm được kiểm tra PCCC"),
    fig("xử phạt 9 trường hợp", "9", 9, "count", "trường hợp", period=H1,
        subject="trường hợp vi phạm bị xử phạt"),
    fig("tiền 148 triệu", "148", 148e6, "money", "đồng", period=H1,
        subject="số tiền xử phạt"),
    fig("tổ chức một buổi", "một", 1, "count", "buổi diễn tập", period=H1, location=QP,
        subject="buổi diễn tập chữa cháy quy mô lớn"),
    fig("gần 200 người", "200", 200, "count", "người", approx="nearly", period=H1, location=QP,
        subject="người tham gia diễn tập"),
    fig("từ 3 đến 5 dự án", "3", 3, "count", "dự án", value_max=5, status="target", period=Y24,
        subject="dự án dệt may, chăn ga gối thu hút thêm vào các cụm công nghiệp"),
    fig("ít nhất 10 cụm", "10", 10, "count", "cụm công nghiệp", approx="at_least", status="target", period=TO25,
        subject="cụm công nghiệp được đầu tư hoàn chỉnh hạ tầng kỹ thuật và hệ thống PCCC"),
]

NOTES = [
    "Provincial newspaper online (Báo Thái Bình): 'Kinh tế | 12/07/2024 09:40', headline figure, tag '(TBO) -', byline at the end.",
    "The text says only 'tỉnh'; the masthead, the TBO tag and the districts imply Thái Bình (default location).",
    "Year-less '6 tháng đầu năm', '6 tháng', 'cuối năm' take 2024 from the dateline. 'cuối năm' = as-of end of 2024 (end only).",
    "District list 'lần lượt 420, 390 và 210 tỷ' (sum 1.020 != 1.150, no cue): no total; each district is the location.",
    "'Ba dự án lớn nhất' labels the list (optional). 'một buổi diễn tập' is a number word (1). 'từ tháng 3' is a date.",
    "The drill took place at CCN Tân Minh in Quỳnh Phụ (named in the plant passage): location Quỳnh Phụ.",
    "'dự kiến cuối năm nâng lên 750 lao động' -> forecast. 'khoảng 80% xuất khẩu' has no chiếm/đạt: a percent figure of its own.",
]

if __name__ == "__main__":
    write("p1151-8", TEXT, NOTES, FIGS, published="2024-07-12", location="Thái Bình")
