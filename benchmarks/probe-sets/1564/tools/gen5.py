"""p1564-5: Party newspaper (Báo Bắc Giang điện tử), a smart-lock factory inaugurated in thị xã Việt Yên; provincial FDI."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Doanh nghiệp

Khánh thành nhà máy khóa thông minh 60 triệu USD

Thứ Năm, 14/11/2024 | 10:25

(BGĐT) - Sáng 14/11, Công ty TNHH Seojin Smart Lock Vina (vốn đầu tư Hàn Quốc) khánh thành nhà máy sản xuất khóa điện tử tại Khu công nghiệp Quang Châu, thị xã Việt Yên.

Nhà máy có tổng vốn đầu tư 60 triệu USD, xây dựng trên diện tích 5,2 ha, gồm 3 xưởng sản xuất và một trung tâm nghiên cứu, phát triển. Giai đoạn 1, nhà máy có công suất 1,5 triệu bộ khóa/năm; khi hoạt động hết công suất vào năm 2026, sản lượng dự kiến đạt 3 triệu bộ/năm, doanh thu khoảng 120 triệu USD/năm.

Hiện công ty đã tuyển dụng 850 lao động, trong đó khoảng 70% là lao động nữ, thu nhập bình quân 9,5 triệu đồng/người/tháng; năm 2025 dự kiến tuyển thêm 600 lao động. Khoảng 90% sản phẩm của nhà máy được xuất khẩu sang Hàn Quốc, Nhật Bản và Hoa Kỳ.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Nguyễn Văn Hòa cho biết, 10 tháng năm 2024, Bắc Giang thu hút 1,35 tỷ USD vốn đầu tư trực tiếp nước ngoài, đứng thứ 5 cả nước; trong đó lĩnh vực vật liệu, thiết bị xây dựng chiếm khoảng 12%. Tỉnh đề nghị doanh nghiệp sớm triển khai giai đoạn 2, ưu tiên sử dụng lao động địa phương.

THU HÀ

Tin cùng chuyên mục:
- Thị xã Việt Yên đón nhận Huân chương Lao động hạng Nhì
- Bắc Giang tổ chức Hội nghị xúc tiến đầu tư năm 2024
"""

Y26 = per("vào năm 2026", "2026-01-01", "2026-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
BG = "Bắc Giang"

FIGS = [
    fig("thông minh 60 triệu USD", "60", 60e6, "money", "USD",
        subject="vốn đầu tư nhà máy khóa thông minh"),
    fig("tư 60 triệu USD", "60", 60e6, "money", "USD",
        subject="tổng vốn đầu tư nhà máy"),
    fig("diện tích 5,2 ha", "5,2", 5.2, "measure", "ha",
        subject="diện tích nhà máy"),
    fig("gồm 3 xưởng", "3", 3, "count", "xưởng sản xuất",
        subject="xưởng sản xuất của nhà máy"),
    fig("và một trung tâm", "một", 1, "count", "trung tâm nghiên cứu, phát triển",
        subject="trung tâm nghiên cứu, phát triển của nhà máy"),
    fig("suất 1,5 triệu", "1,5", 1.5e6, "measure", "bộ khóa/năm",
        subject="công suất nhà máy giai đoạn 1"),
    fig("đạt 3 triệu bộ/năm", "3", 3e6, "measure", "bộ/năm", status="forecast",
        subject="sản lượng nhà máy khi hoạt động hết công suất", period=Y26),
    fig("khoảng 120 triệu", "120", 120e6, "money", "USD/năm", approx="about", status="forecast",
        subject="doanh thu nhà máy", period=Y26),
    fig("tuyển dụng 850 lao động", "850", 850, "count", "lao động",
        subject="lao động công ty đã tuyển dụng"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="lao động nữ trong số lao động đã tuyển dụng"),
    fig("quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("thêm 600 lao động", "600", 600, "count", "lao động", status="forecast",
        subject="lao động công ty tuyển thêm", period=Y25),
    fig("Khoảng 90%", "90", 90, "percent", "%", approx="about",
        subject="sản phẩm của nhà máy được xuất khẩu"),
    fig("thu hút 1,35 tỷ", "1,35", 1.35e9, "money", "USD",
        subject="vốn đầu tư trực tiếp nước ngoài thu hút", period=M10, location=BG),
    fig("đứng thứ 5", "5", 5, "rank", "hạng",
        subject="vốn đầu tư trực tiếp nước ngoài thu hút", period=M10, location=BG),
    fig("chiếm khoảng 12%", "12", 12, "percent", "%", approx="about",
        subject="tỷ trọng lĩnh vực vật liệu, thiết bị xây dựng trong vốn đầu tư trực tiếp nước ngoài",
        period=M10, location=BG),
]

NOTES = [
    "Party newspaper (Báo Bắc Giang điện tử): section menu, 'Thứ Năm, 14/11/2024 | 10:25', tag '(BGĐT) -', byline, related links.",
    "Distractors: 10:25, 'Sáng 14/11', 'Giai đoạn 1', 'giai đoạn 2', 'hạng Nhì', 'Hội nghị xúc tiến đầu tư năm 2024' (related links).",
    "Factory figures: location Việt Yên (thị xã). 'vốn đầu tư Hàn Quốc' names the investor, not a place. Provincial FDI: Bắc Giang.",
    "Headline and body both state 60 triệu USD: both are figures (two mentions, as the shared gold counts headline figures).",
    "'gồm 3 xưởng sản xuất và một trung tâm' follows the area 5,2 ha, which counts no xưởng: no total. 'một' counts here (3 and 1).",
    "Capacity and output rates are measures with the time denominator ('bộ khóa/năm', 'bộ/năm'); revenue per year is money 'USD/năm'.",
    "'khi hoạt động hết công suất vào năm 2026, sản lượng dự kiến đạt' → forecast for both clauses of the 2026 phase.",
    "'trong đó khoảng 70% là lao động nữ' is a share with no amount of its own: percent figure, not an attribute of 850.",
    "'đứng thứ 5 cả nước' is the province's rank: location Bắc Giang, subject the ranked indicator.",
]

if __name__ == "__main__":
    write("p1564-5", TEXT, NOTES, FIGS, published="2024-11-14", location="Việt Yên")
