"""p1312-8: news agency (TTXVN): a Cần Thơ firm exporting dried tamarind and tamarind jam; city jam producers."""
from lib import fig, per, inh, chg, write

TEXT = """TIN TỨC - TTXVN
Kinh tế | Doanh nghiệp

Doanh nghiệp Cần Thơ đưa mứt me ra thế giới

Thứ Hai, 13/01/2025 08:05

Cần Thơ (TTXVN) - Những ngày cuối năm, Công ty TNHH Thực phẩm Tây Đô ở quận Bình Thủy, thành phố Cần Thơ tăng ca để kịp giao các đơn hàng me sấy dẻo, mứt me xuất khẩu.

Năm 2024, doanh thu của công ty đạt 68 tỷ đồng, tăng 15% so với năm 2023 và vượt 8% kế hoạch. Riêng quý IV/2024, công ty xuất khẩu 12 container sản phẩm sang Hàn Quốc, Nhật Bản và Đài Loan (Trung Quốc), trị giá khoảng 420.000 USD.

Ông Lâm Văn Tài, Giám đốc công ty cho biết, mỗi năm đơn vị sử dụng khoảng 1.500 tấn me chua nguyên liệu, thu mua từ hơn 300 hộ trồng me ở các tỉnh miền Tây. Công ty tạo việc làm thường xuyên cho 85 lao động, trong đó 60% là nữ, thu nhập từ 7 đến 9 triệu đồng/người/tháng. Dòng sản phẩm "Me Tây Đô 5 vị" có giá bán lẻ 95.000 đồng/hộp.

Năm 2025, công ty dự kiến đầu tư khoảng 12 tỷ đồng mua thêm hai dây chuyền sấy lạnh, nâng công suất lên 8 tấn/ngày.

Theo Sở Công Thương thành phố Cần Thơ, toàn thành phố hiện có 14 doanh nghiệp, cơ sở chế biến mứt, ô mai từ trái cây chua. Năm 2024, tổng sản lượng đạt gần 3.200 tấn, trong đó xuất khẩu chiếm khoảng 35%. Thành phố phấn đấu đến năm 2030 có ít nhất 10 sản phẩm mứt, ô mai đạt OCOP từ 4 sao trở lên.

Ánh Tuyết (TTXVN)

Từ khóa: mứt me, Cần Thơ, xuất khẩu
Tin liên quan:
- Cần Thơ khai mạc Hội chợ Xuân 2025
- Ngày hội Khởi nghiệp Đổi mới sáng tạo lần thứ 6
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
BY30 = per("đến năm 2030", None, "2030-12-31")
CT = "Cần Thơ"

FIGS = [
    fig("đạt 68 tỷ", "68", 68e9, "money", "đồng", change=chg("increase", 15, "%", "năm 2023"),
        subject="doanh thu của công ty", period=Y24),
    fig("vượt 8%", "8", 8, "percent", "%", subject="doanh thu vượt kế hoạch", period=Y24, optional=True),
    fig("khẩu 12 container", "12", 12, "count", "container", subject="container sản phẩm công ty xuất khẩu",
        period=Q4),
    fig("khoảng 420.000 USD", "420.000", 420000, "money", "USD", approx="about",
        subject="trị giá container sản phẩm xuất khẩu", period=Q4),
    fig("khoảng 1.500 tấn", "1.500", 1500, "measure", "tấn/năm", approx="about",
        subject="me chua nguyên liệu công ty sử dụng mỗi năm"),
    fig("hơn 300 hộ", "300", 300, "count", "hộ", approx="over", subject="hộ trồng me công ty thu mua"),
    fig("cho 85 lao động", "85", 85, "count", "lao động", subject="lao động công ty tạo việc làm thường xuyên"),
    fig("trong đó 60%", "60", 60, "percent", "%", subject="tỷ lệ lao động nữ"),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6, subject="thu nhập của lao động"),
    fig("lẻ 95.000 đồng/hộp", "95.000", 95000, "money", "đồng/hộp", subject="giá bán lẻ dòng sản phẩm Me Tây Đô 5 vị"),
    fig("khoảng 12 tỷ", "12", 12e9, "money", "đồng", approx="about", status="forecast",
        subject="vốn đầu tư mua thêm dây chuyền sấy lạnh", period=Y25),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền", status="forecast",
        subject="dây chuyền sấy lạnh mua thêm", period=Y25),
    fig("lên 8 tấn/ngày", "8", 8, "measure", "tấn/ngày", status="forecast", subject="công suất", period=Y25),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp, cơ sở",
        subject="doanh nghiệp, cơ sở chế biến mứt, ô mai từ trái cây chua", location=CT),
    fig("gần 3.200 tấn", "3.200", 3200, "measure", "tấn", approx="nearly", subject="tổng sản lượng mứt, ô mai",
        period=per("Năm 2024", "2024-01-01", "2024-12-31"), location=CT),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about", subject="tỷ trọng xuất khẩu trong tổng sản lượng",
        period=per("Năm 2024", "2024-01-01", "2024-12-31"), location=CT),
    fig("ít nhất 10 sản phẩm", "10", 10, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm mứt, ô mai đạt OCOP từ 4 sao trở lên", period=BY30, location=CT),
]

NOTES = [
    "News agency (TTXVN): site name, section, headline, 'Thứ Hai, 13/01/2025 08:05' (published), tag 'Cần Thơ (TTXVN) -', byline, tags.",
    "Distractors: 08:05, 'Me Tây Đô 5 vị' (product name), 'OCOP từ 4 sao', 'Hội chợ Xuân 2025', 'lần thứ 6' in related links.",
    "Default location Bình Thủy (the firm's district); the city figures of Sở Công Thương → Cần Thơ.",
    "'tăng 15% so với năm 2023 và vượt 8% kế hoạch' → the first change is the attribute; 'vượt 8% kế hoạch' is a second change,",
    "so a percent figure of its own, optional (FIGURES.md: one of each attribute per figure).",
    "'Riêng quý IV/2024' → 2024-10-01..2024-12-31 for the 12 containers and their value. 'mỗi năm ... khoảng 1.500 tấn' → tấn/năm.",
    "'hơn 300 hộ trồng me ở các tỉnh miền Tây' → the suppliers are in no one province; the count belongs to the firm (Bình Thủy). Borderline.",
    "'85 lao động, trong đó 60% là nữ' → 60% is a percent figure of its own (no base amount), no total.",
    "'Năm 2025, công ty dự kiến đầu tư khoảng 12 tỷ đồng mua thêm hai dây chuyền ..., nâng công suất lên 8 tấn/ngày' → all forecast, 2025.",
    "'Năm 2024, tổng sản lượng đạt gần 3.200 tấn, trong đó xuất khẩu chiếm khoảng 35%' → 35% is a percent figure (another subject).",
]

if __name__ == "__main__":
    write("p1312-8", TEXT, NOTES, FIGS, published="2025-01-13", location="Bình Thủy")
