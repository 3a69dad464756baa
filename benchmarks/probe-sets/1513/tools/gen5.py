"""p1513-5: Party newspaper (Báo Đồng Nai): a non-stick pan maker in Nhơn Trạch, results 2024 and plan 2025."""
from lib import fig, per, inh, chg, write

TEXT = """Báo Đồng Nai điện tử
Kinh tế > Doanh nghiệp

Chảo chống dính "made in Đồng Nai" vươn ra thế giới

Thứ Ba, 18/03/2025 - 07:30

Một nhà máy sản xuất chảo chống dính tại huyện Nhơn Trạch đã đưa sản phẩm tới hơn 20 quốc gia và vùng lãnh thổ, tạo việc làm ổn định cho hơn một nghìn lao động.

(ĐN) - Năm 2024, Công ty TNHH Chảo Sao Việt (Khu công nghiệp Nhơn Trạch 3) sản xuất hơn 5,6 triệu chiếc chảo chống dính, xuất khẩu sang 23 quốc gia và vùng lãnh thổ. Theo ông Lê Văn Thịnh, Phó giám đốc công ty, doanh thu năm 2024 đạt 1.150 tỷ đồng, tăng 18% so với năm 2023, trong đó doanh thu xuất khẩu chiếm khoảng 85%.

Nhà máy có 4 dây chuyền phủ chống dính tự động, mỗi dây chuyền công suất 6.000 sản phẩm/ca. Công ty sử dụng 1.240 lao động, thu nhập bình quân từ 9 đến 12 triệu đồng/người/tháng.

Quý I/2025, công ty đã ký đơn hàng xuất khẩu 1,8 triệu sản phẩm, chủ yếu sang Hàn Quốc và Nhật Bản. Dự kiến cả năm 2025, sản lượng đạt khoảng 6,5 triệu chiếc, doanh thu tăng 15-20%.

Để giảm chi phí, công ty đầu tư hệ thống điện mặt trời áp mái công suất 2,4 MWp, mỗi năm tiết kiệm khoảng 3 tỷ đồng tiền điện.

Hiện Đồng Nai có 16 doanh nghiệp sản xuất dụng cụ nhà bếp bằng kim loại. Năm 2024, kim ngạch xuất khẩu của nhóm hàng này đạt khoảng 310 triệu USD, chiếm 1,2% kim ngạch xuất khẩu toàn tỉnh.

HẢI QUÂN

Tin liên quan:
- Nhơn Trạch: Thu hút thêm dự án FDI vào khu công nghiệp
- Đồng Nai tổ chức Hội nghị xúc tiến đầu tư năm 2025
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = per("cả năm 2025", "2025-01-01", "2025-12-31")
NT = "Nhơn Trạch"

FIGS = [
    fig("hơn 20 quốc gia", "20", 20, "count", "quốc gia và vùng lãnh thổ", approx="over",
        subject="quốc gia và vùng lãnh thổ có sản phẩm của nhà máy", location=NT),
    fig("hơn một nghìn", "một", 1000, "count", "lao động", approx="over",
        subject="lao động có việc làm ổn định tại nhà máy", location=NT),
    fig("hơn 5,6 triệu", "5,6", 5.6e6, "count", "chiếc", approx="over",
        subject="chảo chống dính Công ty TNHH Chảo Sao Việt sản xuất", period=Y24, location=NT),
    fig("sang 23 quốc gia", "23", 23, "count", "quốc gia và vùng lãnh thổ",
        subject="quốc gia và vùng lãnh thổ công ty xuất khẩu sang", period=Y24, location=NT),
    fig("đạt 1.150 tỷ", "1.150", 1150e9, "money", "đồng",
        change=chg("increase", 18, "%", "năm 2023"), subject="doanh thu của công ty", period=Y24b, location=NT),
    fig("khoảng 85%", "85", 85, "percent", "%", approx="about",
        subject="doanh thu xuất khẩu", period=Y24b, location=NT),
    fig("có 4 dây chuyền", "4", 4, "count", "dây chuyền",
        subject="dây chuyền phủ chống dính tự động", location=NT),
    fig("6.000 sản phẩm/ca", "6.000", 6000, "measure", "sản phẩm/ca",
        subject="công suất mỗi dây chuyền", location=NT),
    fig("dụng 1.240 lao động", "1.240", 1240, "count", "lao động",
        subject="lao động công ty sử dụng", location=NT),
    fig("từ 9 đến 12", "9", 9e6, "money", "đồng/người/tháng", value_max=12e6,
        subject="thu nhập bình quân", location=NT),
    fig("khẩu 1,8 triệu", "1,8", 1.8e6, "count", "sản phẩm",
        subject="đơn hàng xuất khẩu công ty đã ký", period=Q1, location=NT),
    fig("khoảng 6,5 triệu", "6,5", 6.5e6, "count", "chiếc", approx="about", status="forecast",
        subject="sản lượng", period=Y25, location=NT),
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20, status="forecast",
        subject="doanh thu", period=Y25, location=NT),
    fig("suất 2,4 MWp", "2,4", 2.4, "measure", "MWp",
        subject="công suất hệ thống điện mặt trời áp mái", location=NT),
    fig("khoảng 3 tỷ", "3", 3e9, "money", "đồng/năm", approx="about",
        subject="tiền điện tiết kiệm mỗi năm", location=NT),
    fig("có 16 doanh nghiệp", "16", 16, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất dụng cụ nhà bếp bằng kim loại"),
    fig("khoảng 310 triệu", "310", 310e6, "money", "USD", approx="about", percent=1.2,
        subject="kim ngạch xuất khẩu dụng cụ nhà bếp bằng kim loại", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Đồng Nai): section path, headline, 'Thứ Ba, 18/03/2025 - 07:30', sapo, tag '(ĐN) -', byline HẢI QUÂN, related links.",
    "The company passage (sapo names huyện Nhơn Trạch; 'Khu công nghiệp Nhơn Trạch 3' is a name) → location Nhơn Trạch; province totals (last paragraph) → Đồng Nai.",
    "'hơn một nghìn lao động' = number word × nghìn, approx over. 'trong đó doanh thu xuất khẩu chiếm khoảng 85%' is a percent figure of its own.",
    "'mỗi dây chuyền công suất 6.000 sản phẩm/ca' and 'mỗi năm ... khoảng 3 tỷ đồng' are rates (measure 'sản phẩm/ca'; money 'đồng/năm').",
    "'Dự kiến cả năm 2025' governs both clauses: forecast; 'doanh thu tăng 15-20%' is a growth claim → percent range, no change object.",
    "Distractors: 07:30, 'Nhơn Trạch 3', '(ĐN)', 'made in', 'năm 2025' in a link.",
]

if __name__ == "__main__":
    write("p1513-5", TEXT, NOTES, FIGS, published="2025-03-18", location="Đồng Nai")
