"""p1506-5: provincial newspaper (Báo Bình Dương, BDO): a floor-cleaner maker in TP Tân Uyên expands."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO BÌNH DƯƠNG ĐIỆN TỬ
Kinh tế > Doanh nghiệp - Doanh nhân

Doanh nghiệp hóa phẩm Tân Uyên mở rộng sản xuất nước lau sàn

Thứ Hai, 02/12/2024 - 07:45

Đầu tư dây chuyền tự động, đa dạng sản phẩm thân thiện môi trường, Công ty TNHH Hóa phẩm Đông Phát ở TP Tân Uyên đã nâng sản lượng năm nay lên gấp đôi so với năm 2022.

(BDO) - Nhà máy của công ty đặt tại Khu công nghiệp Nam Tân Uyên mở rộng, phường Khánh Bình, trên diện tích 3,2 ha. 11 tháng năm 2024, công ty sản xuất khoảng 14.600 tấn nước lau sàn, nước rửa chén và nước tẩy đa năng, doanh thu ước đạt 318 tỷ đồng, tăng 27% so với cùng kỳ. Riêng nước lau sàn đạt 6.900 tấn, chiếm 47,3% sản lượng.

Ông Lê Minh Trí, Giám đốc công ty cho biết, hiện nhà máy vận hành 5 dây chuyền chiết rót, tổng công suất 22.000 tấn/năm. Công ty sử dụng 236 lao động, trong đó 142 lao động nữ, thu nhập bình quân 10,5 triệu đồng/người/tháng. Từ đầu năm đến nay, công ty tuyển mới 38 lao động. Nước lau sàn hương sả chanh mang thương hiệu Đông Phát 5 Sao hiện có mặt tại hơn 1.200 điểm bán ở 18 tỉnh, thành phố phía Nam.

Năm 2024, công ty xuất khẩu lô hàng đầu tiên gồm 12 container nước rửa chén sang Hàn Quốc, trị giá khoảng 380.000 USD. Dự kiến năm 2025, công ty đầu tư thêm 45 tỷ đồng xây dựng kho thành phẩm và nâng công suất lên 30.000 tấn/năm.

Theo Ban Quản lý các khu công nghiệp tỉnh, TP Tân Uyên hiện có 19 doanh nghiệp sản xuất hóa mỹ phẩm, chất tẩy rửa; toàn tỉnh Bình Dương có 84 doanh nghiệp, đứng thứ hai cả nước sau TP Hồ Chí Minh.

KIM NGÂN
"""

NOW = per("năm nay", "2024-01-01", "2024-12-31")
M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-12-02")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
TU = "Tân Uyên"
BD = "Bình Dương"

FIGS = [
    fig("lên gấp đôi", "đôi", 2, "multiple", "lần", subject="sản lượng", period=NOW),
    fig("diện tích 3,2 ha", "3,2", 3.2, "measure", "ha", subject="diện tích nhà máy"),
    fig("khoảng 14.600 tấn", "14.600", 14600, "measure", "tấn", approx="about",
        subject="nước lau sàn, nước rửa chén và nước tẩy đa năng công ty sản xuất", period=M11),
    fig("ước đạt 318 tỷ", "318", 318e9, "money", "đồng", status="estimate",
        change=chg("increase", 27, "%", "cùng kỳ"), subject="doanh thu", period=M11),
    fig("đạt 6.900 tấn", "6.900", 6900, "measure", "tấn", percent=47.3, subject="sản lượng nước lau sàn",
        period=inh(M11)),
    fig("vận hành 5 dây chuyền", "5", 5, "count", "dây chuyền", subject="dây chuyền chiết rót nhà máy vận hành"),
    fig("tổng công suất 22.000", "22.000", 22000, "measure", "tấn/năm", subject="tổng công suất"),
    fig("sử dụng 236 lao động", "236", 236, "count", "lao động", subject="lao động công ty sử dụng"),
    fig("trong đó 142 lao động", "142", 142, "count", "lao động", total=236, subject="lao động nữ"),
    fig("bình quân 10,5 triệu", "10,5", 10.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("tuyển mới 38 lao động", "38", 38, "count", "lao động", subject="lao động công ty tuyển mới", period=YTD),
    fig("hơn 1.200 điểm bán", "1.200", 1200, "count", "điểm bán", approx="over",
        subject="điểm bán có nước lau sàn hương sả chanh"),
    fig("ở 18 tỉnh", "18", 18, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố phía Nam có điểm bán", location="Việt Nam"),
    fig("gồm 12 container", "12", 12, "count", "container",
        subject="container nước rửa chén xuất khẩu sang Hàn Quốc", period=Y24),
    fig("khoảng 380.000 USD", "380.000", 380000, "money", "USD", approx="about",
        subject="trị giá lô hàng xuất khẩu đầu tiên", period=Y24),
    fig("thêm 45 tỷ", "45", 45e9, "money", "đồng", status="forecast",
        subject="vốn công ty đầu tư thêm xây dựng kho thành phẩm", period=Y25),
    fig("lên 30.000 tấn/năm", "30.000", 30000, "measure", "tấn/năm", status="forecast",
        subject="công suất", period=Y25),
    fig("có 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất hóa mỹ phẩm, chất tẩy rửa"),
    fig("có 84 doanh nghiệp", "84", 84, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất hóa mỹ phẩm, chất tẩy rửa", location=BD),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="số doanh nghiệp sản xuất hóa mỹ phẩm, chất tẩy rửa", location=BD),
]

NOTES = [
    "Provincial newspaper (Báo Bình Dương): sapo, dateline 'Thứ Hai, 02/12/2024 - 07:45', tag '(BDO) -', byline KIM NGÂN at the end.",
    "Distractors: 07:45, 'Khu công nghiệp Nam Tân Uyên', 'Đông Phát 5 Sao' (a brand with a digit), 'năm 2022' (baseline).",
    "All company figures and the 19 firms of TP Tân Uyên are located in Tân Uyên; the 84 firms and the rank are Bình Dương's.",
    "revised: '18 tỉnh, thành phố phía Nam' is a count of provinces, which FIGURES.md places in Việt Nam (was Tân Uyên).",
    "'nâng sản lượng năm nay lên gấp đôi so với năm 2022' is a multiple as the claim (2 lần); 'năm nay' = 2024 (published).",
    "'Riêng nước lau sàn ... chiếm 47,3%': 'riêng' is no part-of cue, so no total; the share is a percent attribute. Period inherited.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-12-02. 'gồm 12 container' names the one lot, not parts of a whole: no total.",
    "'Dự kiến năm 2025' governs both clauses: forecast.",
]

if __name__ == "__main__":
    write("p1506-5", TEXT, NOTES, FIGS, published="2024-12-02", location="Tân Uyên")
