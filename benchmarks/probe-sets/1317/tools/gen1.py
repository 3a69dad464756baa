"""p1317-1: province portal (Thanh Hóa): trademark applications and protection titles, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Khoa học - Công nghệ

Thanh Hóa: 9 tháng có 612 đơn đăng ký nhãn hiệu

Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Khoa học và Công nghệ, 9 tháng đầu năm 2024, các tổ chức, cá nhân trên địa bàn tỉnh Thanh Hóa đã nộp 612 đơn đăng ký nhãn hiệu, tăng 14,2% so với cùng kỳ năm 2023. Trong đó, có 47 đơn của các hợp tác xã và 18 đơn đăng ký nhãn hiệu tập thể.

Cũng trong thời gian này, Cục Sở hữu trí tuệ đã cấp 385 văn bằng bảo hộ cho các chủ thể của tỉnh, gồm 371 giấy chứng nhận đăng ký nhãn hiệu, 9 bằng độc quyền kiểu dáng công nghiệp và 5 bằng độc quyền sáng chế, giải pháp hữu ích.

Từ đầu năm đến nay, tỉnh đã hỗ trợ 26 sản phẩm đặc sản đăng ký bảo hộ nhãn hiệu với tổng kinh phí gần 1,4 tỷ đồng, bình quân khoảng 53 triệu đồng/sản phẩm, theo Chương trình phát triển tài sản trí tuệ tỉnh (Quyết định số 2315/QĐ-UBND).

Tính đến ngày 30/9/2024, toàn tỉnh có 74 nhãn hiệu tập thể và 3 chỉ dẫn địa lý được bảo hộ, tăng 9 nhãn hiệu tập thể so với cuối năm 2023. Khoảng 60% số nhãn hiệu tập thể được khai thác hiệu quả, giúp giá bán sản phẩm tăng từ 15 đến 25%.

Tại huyện Nga Sơn, nhãn hiệu tập thể "Chiếu cói Nga Sơn" hiện được 3 hợp tác xã và hơn 120 hộ sử dụng; 6 tháng đầu năm, sản phẩm mang nhãn hiệu xuất khẩu đạt 2,3 triệu USD.

Phấn đấu đến năm 2025, mỗi huyện, thị xã, thành phố có ít nhất 2 nhãn hiệu tập thể hoặc nhãn hiệu chứng nhận; toàn tỉnh có trên 100 sản phẩm OCOP được bảo hộ nhãn hiệu.

Tin liên quan:
- Thanh Hóa công nhận sản phẩm OCOP 4 sao đợt 2
- Tập huấn về sở hữu trí tuệ cho doanh nghiệp khu vực miền núi
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")
NS = "Nga Sơn"

FIGS = [
    fig("có 612 đơn", "612", 612, "count", "đơn", subject="đơn đăng ký nhãn hiệu", period=NINE_H),
    fig("nộp 612 đơn", "612", 612, "count", "đơn",
        change=chg("increase", 14.2, "%", "cùng kỳ năm 2023"),
        subject="đơn đăng ký nhãn hiệu các tổ chức, cá nhân trên địa bàn tỉnh nộp", period=NINE),
    fig("có 47 đơn", "47", 47, "count", "đơn", total=612,
        subject="đơn của các hợp tác xã", period=inh(NINE)),
    fig("và 18 đơn", "18", 18, "count", "đơn", total=612,
        subject="đơn đăng ký nhãn hiệu tập thể", period=inh(NINE)),
    fig("cấp 385 văn bằng", "385", 385, "count", "văn bằng bảo hộ",
        subject="văn bằng bảo hộ Cục Sở hữu trí tuệ cấp cho các chủ thể của tỉnh", period=inh(NINE)),
    fig("gồm 371 giấy", "371", 371, "count", "giấy chứng nhận đăng ký nhãn hiệu", total=385,
        subject="giấy chứng nhận đăng ký nhãn hiệu", period=inh(NINE)),
    fig("9 bằng độc quyền", "9", 9, "count", "bằng độc quyền kiểu dáng công nghiệp", total=385,
        subject="bằng độc quyền kiểu dáng công nghiệp", period=inh(NINE)),
    fig("và 5 bằng", "5", 5, "count", "bằng độc quyền sáng chế, giải pháp hữu ích", total=385,
        subject="bằng độc quyền sáng chế, giải pháp hữu ích", period=inh(NINE)),
    fig("hỗ trợ 26 sản phẩm", "26", 26, "count", "sản phẩm",
        subject="sản phẩm đặc sản được hỗ trợ đăng ký bảo hộ nhãn hiệu", period=YTD),
    fig("gần 1,4 tỷ", "1,4", 1.4e9, "money", "đồng", approx="nearly",
        subject="tổng kinh phí hỗ trợ đăng ký bảo hộ nhãn hiệu", period=YTD),
    fig("khoảng 53 triệu", "53", 53e6, "money", "đồng/sản phẩm", approx="about",
        subject="kinh phí hỗ trợ bình quân", period=YTD),
    fig("có 74 nhãn hiệu", "74", 74, "count", "nhãn hiệu tập thể",
        change=chg("increase", 9, "nhãn hiệu tập thể", "cuối năm 2023"),
        subject="nhãn hiệu tập thể được bảo hộ", period=ASOF),
    fig("và 3 chỉ dẫn", "3", 3, "count", "chỉ dẫn địa lý",
        subject="chỉ dẫn địa lý được bảo hộ", period=ASOF),
    fig("Khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="nhãn hiệu tập thể được khai thác hiệu quả"),
    fig("từ 15 đến 25%", "15", 15, "percent", "%", value_max=25,
        subject="giá bán sản phẩm"),
    fig("được 3 hợp tác xã", "3", 3, "count", "hợp tác xã",
        subject="hợp tác xã sử dụng nhãn hiệu tập thể Chiếu cói Nga Sơn", location=NS),
    fig("hơn 120 hộ", "120", 120, "count", "hộ", approx="over",
        subject="hộ sử dụng nhãn hiệu tập thể Chiếu cói Nga Sơn", location=NS),
    fig("đạt 2,3 triệu", "2,3", 2.3e6, "money", "USD",
        subject="xuất khẩu sản phẩm mang nhãn hiệu", period=H1, location=NS),
    fig("ít nhất 2 nhãn hiệu", "2", 2, "count", "nhãn hiệu tập thể", approx="at_least", status="target",
        subject="nhãn hiệu tập thể hoặc nhãn hiệu chứng nhận của mỗi huyện, thị xã, thành phố", period=T25),
    fig("trên 100 sản phẩm", "100", 100, "count", "sản phẩm OCOP", approx="over", status="target",
        subject="sản phẩm OCOP được bảo hộ nhãn hiệu", period=T25),
]

NOTES = [
    "Province portal (Thanh Hóa): trademark applications and titles, 9 months 2024; breadcrumb, 'Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.386'.",
    "Distractors: 08:45, 'Lượt xem: 1.386', Quyết định số 2315/QĐ-UBND, 'ngày 30/9/2024', 'cuối năm 2023', link titles 'OCOP 4 sao đợt 2'.",
    "Headline '9 tháng có 612 đơn' is its own figure; year-less '9 tháng' takes 2024 (dateline).",
    "'Trong đó' after a sentence break: 47 and 18 take total 612; 'gồm' parts take total 385 (371+9+5 = 385, all protection titles).",
    "'Cũng trong thời gian này' refers back to the 9 months: period inherited (the dated phrase stands in the previous paragraph).",
    "'tăng 9 nhãn hiệu tập thể so với cuối năm 2023' is the change of 74 (its unit names the collective marks), not of '3 chỉ dẫn địa lý'.",
    "'Khoảng 60%', 'từ 15 đến 25%' have no period of their own. Nga Sơn passage: location Nga Sơn; 'hiện' gives no period.",
    "'Phấn đấu đến năm 2025' governs both clauses after ';' (target).",
]

if __name__ == "__main__":
    write("p1317-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Thanh Hóa")
