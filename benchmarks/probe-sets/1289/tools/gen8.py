"""p1289-8: provincial radio/TV site (THDT, Đồng Tháp): aquafeed premix exports of a Sa Đéc company; province's pangasius feed."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """THDT - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG THÁP
Thời sự | Kinh tế | Nông nghiệp | Video | Phát thanh
Đăng lúc: 10/05/2024 - 17:45

Premix thủy sản Đồng Tháp xuất khẩu sang 5 nước

(THDT) - Quý I/2024, Công ty cổ phần Dinh dưỡng Thủy sản Mekovit (lô B12, Khu công nghiệp Sa Đéc) xuất khẩu 1.350 tấn premix và khoáng chất cho cá tra, tôm, tăng 21% so với quý I/2023, thu về khoảng 2,8 triệu USD.

Các thị trường chính gồm Campuchia, Philippines, Indonesia, Bangladesh và Ấn Độ; trong đó Philippines chiếm gần 40% sản lượng xuất khẩu. Hiện nhà máy có 3 dây chuyền với tổng công suất 18.000 tấn/năm, sử dụng 96 lao động.

Ông Huỳnh Minh Trí, Phó Tổng Giám đốc công ty, cho biết năm 2023 doanh thu đạt 212 tỷ đồng, trong đó xuất khẩu chiếm 38%. Năm nay công ty đặt kế hoạch doanh thu 260 tỷ đồng, sản lượng xuất khẩu từ 5.500 đến 6.000 tấn.

Theo Sở Nông nghiệp và PTNT, 4 tháng đầu năm, diện tích thả nuôi cá tra của tỉnh đạt 2.650 ha, sản lượng thu hoạch hơn 185.000 tấn; nhu cầu thức ăn cho cá tra ước khoảng 280.000 tấn, trong đó premix và chất bổ sung khoảng 2.800 tấn. Tỉnh hiện có 11 nhà máy thức ăn thủy sản, xếp thứ hai vùng Đồng bằng sông Cửu Long về tổng công suất.

Minh Khoa - Thanh Tâm

Bản tin Thời sự 19 giờ 45
Tin khác:
- Đồng Tháp: Hội thảo nuôi cá tra theo tiêu chuẩn ASC
- Sa Đéc: Ra mắt HTX nuôi tôm càng xanh số 2
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
YN = per("Năm nay", "2024-01-01", "2024-12-31")
M4 = per("4 tháng đầu năm", "2024-01-01", "2024-04-30")
SD = "Sa Đéc"

FIGS = [
    fig("sang 5 nước", "5", 5, "count", "nước", subject="nước nhập khẩu premix thủy sản Đồng Tháp"),
    fig("khẩu 1.350 tấn", "1.350", 1350.0, "measure", "tấn", change=chg("increase", 21, "%", "quý I/2023"),
        subject="premix và khoáng chất Công ty cổ phần Dinh dưỡng Thủy sản Mekovit xuất khẩu", period=Q1, location=SD),
    fig("khoảng 2,8 triệu", "2,8", 2.8e6, "money", "USD", approx="about", subject="giá trị xuất khẩu thu về",
        period=Q1, location=SD),
    fig("gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="tỷ trọng Philippines trong sản lượng xuất khẩu", location=SD),
    fig("có 3 dây chuyền", "3", 3, "count", "dây chuyền", subject="dây chuyền của nhà máy", location=SD),
    fig("suất 18.000 tấn/năm", "18.000", 18000.0, "measure", "tấn/năm", subject="tổng công suất nhà máy",
        location=SD),
    fig("sử dụng 96 lao động", "96", 96, "count", "lao động", subject="lao động nhà máy sử dụng", location=SD),
    fig("đạt 212 tỷ", "212", 212e9, "money", "đồng", subject="doanh thu công ty", period=Y23, location=SD),
    fig("chiếm 38%", "38", 38, "percent", "%", subject="tỷ trọng xuất khẩu trong doanh thu", period=Y23,
        location=SD),
    fig("thu 260 tỷ", "260", 260e9, "money", "đồng", status="target", subject="doanh thu công ty", period=YN,
        location=SD),
    fig("từ 5.500 đến 6.000", "5.500", 5500.0, "measure", "tấn", value_max=6000.0, status="target",
        subject="sản lượng xuất khẩu", period=YN, location=SD),
    fig("đạt 2.650 ha", "2.650", 2650.0, "measure", "ha", subject="diện tích thả nuôi cá tra", period=M4),
    fig("hơn 185.000 tấn", "185.000", 185000.0, "measure", "tấn", approx="over", subject="sản lượng cá tra thu hoạch",
        period=M4),
    fig("khoảng 280.000 tấn", "280.000", 280000.0, "measure", "tấn", approx="about", status="estimate",
        subject="nhu cầu thức ăn cho cá tra", period=M4),
    fig("khoảng 2.800 tấn", "2.800", 2800.0, "measure", "tấn", approx="about", status="estimate", total=280000.0,
        subject="premix và chất bổ sung", period=M4),
    fig("có 11 nhà máy", "11", 11, "count", "nhà máy", subject="nhà máy thức ăn thủy sản"),
    fig("xếp thứ hai", "hai", 2, "rank", "hạng", subject="tổng công suất nhà máy thức ăn thủy sản"),
]

NOTES = [
    "Provincial radio/TV site (THDT, Đồng Tháp): menu, 'Đăng lúc: 10/05/2024 - 17:45' (published), tag '(THDT) -', byline, programme line, links.",
    "The Mekovit company (Khu công nghiệp Sa Đéc) is located in Sa Đéc; the headline and the province's figures in Đồng Tháp.",
    "Export markets (Campuchia, Philippines ...) are partners, not places: 'Philippines chiếm gần 40% sản lượng xuất khẩu' is a",
    "percent figure (no amount before it in its sentence) of the company, location Sa Đéc. 'trong đó xuất khẩu chiếm 38%' after",
    "doanh thu 212 tỷ: a share of revenue standing as its own percent figure (as in the model set's 'trong đó ... chiếm').",
    "'Năm nay công ty đặt kế hoạch doanh thu ...' → target (plan) for both clauses; 'Năm nay' = 2024 (published).",
    "'4 tháng đầu năm' takes 2024 from the earlier 'Năm nay'/'Quý I/2024'. 'ước khoảng 280.000 tấn, trong đó ... khoảng 2.800 tấn'",
    "→ estimate + about; the part takes total 280.000 and the estimate status of the clause it continues.",
    "'xếp thứ hai vùng Đồng bằng sông Cửu Long' → rank 2 (number word), location Đồng Tháp. 'Hiện'/'hiện' figures have no period.",
    "Distractors: 'lô B12', 'Khu công nghiệp Sa Đéc', 'quý I/2023' baseline, '17:45', '19 giờ 45', 'ASC', 'HTX ... số 2'.",
]

if __name__ == "__main__":
    write("p1289-8", TEXT, NOTES, FIGS, published="2024-05-10", location="Đồng Tháp")
