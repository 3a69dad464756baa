"""p1395-2: district portal (huyện Lục Ngạn, Bắc Giang): traceability stamps for lychee, growing-area codes."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NGẠN - TỈNH BẮC GIANG
Trang chủ | Tin tức - Sự kiện | Kinh tế | Nông nghiệp

Hơn 1,2 triệu tem truy xuất nguồn gốc cho vải thiều Lục Ngạn
18/07/2024 - 15:20

Vụ vải thiều năm 2024, huyện Lục Ngạn đã cấp, hướng dẫn sử dụng hơn 1,2 triệu tem truy xuất nguồn gốc cho vải thiều, gấp đôi năm 2023. Trong đó, 1,05 triệu tem dán trên thùng vải xuất khẩu và khoảng 150.000 tem dán trên hộp, túi vải tiêu thụ nội địa. Mỗi tem có giá từ 150 đến 300 đồng tùy loại, được huyện hỗ trợ 50% kinh phí.

Toàn huyện hiện có 186 mã số vùng trồng với tổng diện tích khoảng 15.400 ha phục vụ xuất khẩu, gồm 171 mã vùng trồng xuất khẩu sang Trung Quốc và 15 mã vùng trồng đạt chuẩn xuất khẩu sang Mỹ, Nhật Bản, EU.

Tại HTX Nông nghiệp sạch Hồng Giang (xã Hồng Giang), năm nay 42 thành viên với 65 ha vải VietGAP đều dán tem cho sản phẩm. Ông Hoàng Văn Sơn, Giám đốc HTX cho biết: "Vụ này HTX dự kiến tiêu thụ khoảng 320 tấn vải có tem. Giá vải có tem cao hơn 3.000-5.000 đồng/kg so với vải không có tem, khách quét mã QR là biết vải của vườn nào, ai trồng".

Theo UBND huyện, tính đến ngày 15/7, sản lượng vải tiêu thụ ước đạt 142.000 tấn, trong đó xuất khẩu chiếm khoảng 45%. Huyện cũng đã tổ chức 2 hội nghị xúc tiến tiêu thụ và lần thứ 3 phối hợp với Bưu điện tỉnh đưa vải lên sàn thương mại điện tử.

Năm 2025, huyện phấn đấu 100% sản lượng vải xuất khẩu và ít nhất 70% sản lượng vải tiêu thụ nội địa được gắn tem truy xuất nguồn gốc; dự kiến cần khoảng 1,5 triệu tem.

Nguồn: Phòng Nông nghiệp và PTNT huyện
Tin khác:
- Lục Ngạn: Khai mạc Lễ hội vải thiều năm 2024
- Hướng dẫn cấp mã số vùng trồng theo Quyết định số 3156/QĐ-BNN-BVTV

Địa chỉ: Thị trấn Chũ, huyện Lục Ngạn, tỉnh Bắc Giang. Điện thoại: 0204.3882.156
"""

Y24 = per("Vụ vải thiều năm 2024", "2024-01-01", "2024-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
ASOF = per("tính đến ngày 15/7", None, "2024-07-15")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("Hơn 1,2 triệu", "1,2", 1.2e6, "count", "tem", approx="over",
        subject="tem truy xuất nguồn gốc cho vải thiều"),
    fig("hơn 1,2 triệu", "1,2", 1.2e6, "count", "tem", approx="over",
        change=chg("increase", 2, "lần", "năm 2023"),
        subject="tem truy xuất nguồn gốc cho vải thiều được cấp, hướng dẫn sử dụng", period=Y24),
    fig("1,05 triệu tem", "1,05", 1.05e6, "count", "tem", total=1.2e6,
        subject="tem dán trên thùng vải xuất khẩu", period=inh(Y24)),
    fig("khoảng 150.000 tem", "150.000", 150000, "count", "tem", approx="about", total=1.2e6,
        subject="tem dán trên hộp, túi vải tiêu thụ nội địa", period=inh(Y24)),
    fig("từ 150 đến 300", "150", 150, "money", "đồng/tem", value_max=300,
        subject="giá mỗi tem"),
    fig("hỗ trợ 50%", "50", 50, "percent", "%",
        subject="kinh phí in tem được huyện hỗ trợ"),
    fig("có 186 mã", "186", 186, "count", "mã số vùng trồng",
        subject="mã số vùng trồng phục vụ xuất khẩu"),
    fig("khoảng 15.400 ha", "15.400", 15400, "measure", "ha", approx="about",
        subject="tổng diện tích vùng trồng phục vụ xuất khẩu"),
    fig("gồm 171 mã", "171", 171, "count", "mã vùng trồng", total=186,
        subject="mã vùng trồng xuất khẩu sang Trung Quốc"),
    fig("và 15 mã", "15", 15, "count", "mã vùng trồng", total=186,
        subject="mã vùng trồng đạt chuẩn xuất khẩu sang Mỹ, Nhật Bản, EU"),
    fig("nay 42 thành viên", "42", 42, "count", "thành viên",
        subject="thành viên HTX Nông nghiệp sạch Hồng Giang dán tem cho sản phẩm", period=NOW),
    fig("với 65 ha", "65", 65, "measure", "ha",
        subject="diện tích vải VietGAP của HTX", period=NOW),
    fig("khoảng 320 tấn", "320", 320, "measure", "tấn", approx="about", status="forecast",
        subject="vải có tem HTX tiêu thụ"),
    fig("hơn 3.000-5.000", "3.000", 3000, "money", "đồng/kg", value_max=5000,
        subject="giá vải có tem cao hơn vải không có tem"),
    fig("ước đạt 142.000 tấn", "142.000", 142000, "measure", "tấn", status="estimate",
        subject="sản lượng vải tiêu thụ", period=ASOF),
    fig("chiếm khoảng 45%", "45", 45, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng xuất khẩu trong sản lượng vải tiêu thụ", period=ASOF),
    fig("tổ chức 2 hội nghị", "2", 2, "count", "hội nghị",
        subject="hội nghị xúc tiến tiêu thụ"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="sản lượng vải xuất khẩu được gắn tem truy xuất nguồn gốc", period=Y25),
    fig("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
        subject="sản lượng vải tiêu thụ nội địa được gắn tem truy xuất nguồn gốc", period=Y25),
    fig("khoảng 1,5 triệu", "1,5", 1.5e6, "count", "tem", approx="about", status="forecast",
        subject="tem truy xuất nguồn gốc cần", period=Y25),
]

NOTES = [
    "District portal (huyện Lục Ngạn, Bắc Giang): banner naming the district, '18/07/2024 - 15:20' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 15:20, 'lần thứ 3', 'Quyết định số 3156/QĐ-BNN-BVTV', 'năm 2024' in a link, phone 0204.3882.156, 'tính đến ngày 15/7'.",
    "All figures are the district's (location Lục Ngạn), also the HTX in xã Hồng Giang (a commune is below district level).",
    "'gấp đôi năm 2023' after the stamp count -> change increase 2 lần, baseline năm 2023 (number word 'đôi').",
    "'Trong đó' parts 1,05 triệu + 150.000 = 1,2 triệu -> total 1.2e6; '(gồm) 171 ... và 15' -> total 186.",
    "'giá ... cao hơn 3.000-5.000 đồng/kg so với vải không có tem' is the claim itself (no base price): money range, no change.",
    "'trong đó xuất khẩu chiếm khoảng 45%' is a percent figure of its own (a share of the whole, not of the 142.000 tấn); continues 'ước đạt' -> estimate.",
    "'Vụ này' (this harvest) is not a dated period: the 320 tấn forecast has no period. 'năm nay' = 2024 (published).",
    "'tính đến ngày 15/7' takes the year 2024 (nearest earlier 'năm nay'/dateline). 'Năm 2025 ... phấn đấu' -> target; '; dự kiến' -> forecast.",
]

if __name__ == "__main__":
    write("p1395-2", TEXT, NOTES, FIGS, published="2024-07-18", location="Lục Ngạn")
