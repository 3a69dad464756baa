"""p1117-8: provincial newspaper online (Báo Yên Bái, '(YBĐT) -'): quarter III chopstick exports, a Văn Yên company, 2025 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Yên Bái điện tử › Kinh tế › Công nghiệp

Yên Bái: Xuất khẩu 27,5 triệu đôi đũa tre trong quý III

Thứ Ba, 15/10/2024 | 10:12

(YBĐT) - Quý III, các doanh nghiệp, hợp tác xã sản xuất đũa, tăm tre trên địa bàn tỉnh đã xuất khẩu 27,5 triệu đôi đũa, tăng 18,4% so với quý II; giá trị xuất khẩu đạt 1,15 triệu USD. Tính chung 9 tháng, sản lượng đũa xuất khẩu đạt 71,2 triệu đôi, bằng 79,1% kế hoạch năm.

Huyện Văn Yên là địa phương dẫn đầu với 18 cơ sở sản xuất đũa, tăm, chiếm 42,9% số cơ sở của toàn tỉnh. Tại xã Đông Cuông, Công ty TNHH Đũa tre Đông Cuông mỗi tháng tiêu thụ khoảng 250 tấn tre nguyên liệu của người dân, tạo việc làm cho 96 lao động với mức lương từ 6 đến 7,5 triệu đồng/người/tháng. Sản phẩm đũa tre của công ty đạt chuẩn OCOP 4 sao năm 2023. Ông Hoàng Văn Lực, Giám đốc công ty cho biết, năm 2024 doanh nghiệp dự kiến doanh thu đạt 28 tỷ đồng, tăng khoảng 20% so với năm 2023.

Hiện toàn tỉnh có trên 118.000 ha tre, luồng, mai, vầu; giá tre bán tại bãi từ 1.000 đến 1.300 đồng/kg, giúp nhiều hộ trồng tre có thu nhập 40-60 triệu đồng/năm.

Mục tiêu năm 2025, tỉnh phấn đấu sản lượng đũa xuất khẩu đạt 110 triệu đôi, thu hút thêm 2 doanh nghiệp đầu tư nhà máy chế biến sâu; không xuất bán tre nguyên cây ra ngoài tỉnh.

Thanh Tâm

Tin khác:
- Lục Yên: Khánh thành cầu Khánh Hòa trên Quốc lộ 70
- Phiên chợ vùng cao lần thứ 5 tại Mù Cang Chải
"""

Q3 = per("Quý III", "2024-07-01", "2024-09-30")
M9 = per("9 tháng", "2024-01-01", "2024-09-30")
VY = "Văn Yên"
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("Xuất khẩu 27,5 triệu", "27,5", 27.5e6, "count", "đôi đũa", subject="đũa tre xuất khẩu",
        period=per("trong quý III", "2024-07-01", "2024-09-30")),
    fig("xuất khẩu 27,5 triệu", "27,5", 27.5e6, "count", "đôi đũa",
        change=chg("increase", 18.4, "%", "quý II"),
        subject="đũa xuất khẩu", period=Q3),
    fig("đạt 1,15 triệu USD", "1,15", 1.15e6, "money", "USD", subject="giá trị xuất khẩu đũa", period=Q3),
    fig("đạt 71,2 triệu đôi", "71,2", 71.2e6, "count", "đôi", percent=79.1,
        subject="sản lượng đũa xuất khẩu", period=M9),
    fig("với 18 cơ sở", "18", 18, "count", "cơ sở", percent=42.9,
        subject="cơ sở sản xuất đũa, tăm", location=VY),
    fig("khoảng 250 tấn", "250", 250, "measure", "tấn", approx="about",
        subject="tre nguyên liệu công ty tiêu thụ mỗi tháng", location=VY),
    fig("cho 96 lao động", "96", 96, "count", "lao động",
        subject="lao động Công ty TNHH Đũa tre Đông Cuông", location=VY),
    fig("từ 6 đến 7,5 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7.5e6,
        subject="mức lương lao động của công ty", location=VY),
    fig("OCOP 4 sao", "4", 4, "measure", "sao", optional=True,
        subject="hạng OCOP sản phẩm đũa tre", location=VY),
    fig("đạt 28 tỷ đồng", "28", 28e9, "money", "đồng", status="forecast",
        change=chg("increase", 20, "%", "năm 2023", approx="about"),
        subject="doanh thu của doanh nghiệp", period=per("năm 2024", "2024-01-01", "2024-12-31"), location=VY),
    fig("trên 118.000 ha", "118.000", 118000, "measure", "ha", approx="over",
        subject="diện tích tre, luồng, mai, vầu"),
    fig("từ 1.000 đến 1.300", "1.000", 1000, "money", "đồng/kg", value_max=1300,
        subject="giá tre bán tại bãi"),
    fig("thu nhập 40-60", "40", 40e6, "money", "đồng/năm", value_max=60e6,
        subject="thu nhập hộ trồng tre"),
    fig("đạt 110 triệu đôi", "110", 110e6, "count", "đôi", status="target",
        subject="sản lượng đũa xuất khẩu", period=Y25),
    fig("thêm 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", status="target",
        subject="doanh nghiệp đầu tư nhà máy chế biến sâu thu hút thêm", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Yên Bái): 'Thứ Ba, 15/10/2024 | 10:12' (published), tag '(YBĐT) -', byline at the end.",
    "Year-less 'Quý III' and '9 tháng' take 2024 (published). The headline figure and the lead's figure are both figures.",
    "'bằng 79,1% kế hoạch năm' -> percent of 71,2 triệu đôi. 'chiếm 42,9% số cơ sở của toàn tỉnh' -> percent of 18 cơ sở (Văn Yên).",
    "Company passage in Văn Yên (xã Đông Cuông): location Văn Yên. 'dự kiến' -> forecast; change 'tăng khoảng 20%' keeps its approx.",
    "'OCOP 4 sao' is a rating label (optional). 'Mục tiêu năm 2025, tỉnh phấn đấu' -> target.",
    "revised after the first run: the lead's 27,5 triệu đôi subject 'đũa xuất khẩu' (was the whole actor phrase; now the headline's indicator).",
    "Distractors: 10:12, 'Quốc lộ 70', 'lần thứ 5', 'năm 2023' (year of the OCOP rating).",
]

if __name__ == "__main__":
    write("p1117-8", TEXT, NOTES, FIGS, published="2024-10-15", location="Yên Bái")
