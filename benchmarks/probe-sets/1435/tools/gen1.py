"""p1435-1: province portal (Khánh Hòa): inspections of tattoo and cosmetic-tattoo parlours, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA
Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội

Kiểm tra hơn 300 cơ sở xăm hình, phun xăm thẩm mỹ trong 9 tháng

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Y tế, 9 tháng đầu năm 2024, các đoàn kiểm tra liên ngành đã kiểm tra 312 cơ sở xăm hình, phun xăm thẩm mỹ trên địa bàn tỉnh Khánh Hòa, tăng 18,2% so với cùng kỳ năm 2023, bằng 104% kế hoạch năm. Trong đó, TP Nha Trang 196 cơ sở, TP Cam Ranh 41 cơ sở, các địa phương còn lại 75 cơ sở.

Qua kiểm tra, phát hiện 47 cơ sở vi phạm, giảm 9 cơ sở so với cùng kỳ, chiếm 15,1% số cơ sở được kiểm tra. Các lỗi chủ yếu là hoạt động khi chưa được cấp phép, dụng cụ không bảo đảm vô khuẩn, sử dụng mực xăm không rõ nguồn gốc. Các đoàn đã xử phạt vi phạm hành chính 39 cơ sở với tổng số tiền hơn 862 triệu đồng theo Nghị định số 117/2020/NĐ-CP, đình chỉ hoạt động 6 cơ sở, tiêu hủy gần 1.200 lọ mực xăm và hơn 3.500 kim xăm không rõ nguồn gốc.

Hiện toàn tỉnh có khoảng 520 cơ sở xăm hình, phun xăm đang hoạt động, nhưng mới có 86 cơ sở được cấp giấy phép. Tại Nha Trang, giá một hình xăm nhỏ phổ biến từ 500.000 đồng đến 2 triệu đồng, hình xăm kín lưng có giá 15-25 triệu đồng.

Trong quý IV, Sở Y tế dự kiến kiểm tra thêm khoảng 100 cơ sở, tập trung trên các tuyến đường Trần Phú, Hùng Vương, Biệt Thự. Mục tiêu đến năm 2025, ít nhất 80% cơ sở xăm hình trên địa bàn được kiểm tra định kỳ. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0258.3822.115.

Tin liên quan:
- Khánh Hòa: Tập huấn kiểm soát nhiễm khuẩn cho cơ sở thẩm mỹ năm 2024
- Hội nghị triển khai Tháng hành động vì an toàn thực phẩm lần thứ 3
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
NT = "Nha Trang"
CHECKED = "cơ sở xăm hình, phun xăm thẩm mỹ được kiểm tra"

FIGS = [
    fig("Kiểm tra hơn 300 cơ sở", "300", 300, "count", "cơ sở", approx="over",
        subject=CHECKED, period=NINE_H),
    fig("kiểm tra 312 cơ sở", "312", 312, "count", "cơ sở", percent=104,
        change=chg("increase", 18.2, "%", "cùng kỳ năm 2023"), subject=CHECKED, period=NINE),
    fig("Nha Trang 196 cơ sở", "196", 196, "count", "cơ sở", total=312,
        subject="cơ sở được kiểm tra", period=inh(NINE), location=NT),
    fig("Cam Ranh 41 cơ sở", "41", 41, "count", "cơ sở", total=312,
        subject="cơ sở được kiểm tra", period=inh(NINE), location="Cam Ranh"),
    fig("còn lại 75 cơ sở", "75", 75, "count", "cơ sở", total=312,
        subject="cơ sở được kiểm tra tại các địa phương còn lại", period=inh(NINE)),
    fig("phát hiện 47 cơ sở", "47", 47, "count", "cơ sở", percent=15.1,
        change=chg("decrease", 9, "cơ sở", "cùng kỳ"), subject="cơ sở vi phạm", period=inh(NINE)),
    fig("hành chính 39 cơ sở", "39", 39, "count", "cơ sở",
        subject="cơ sở bị xử phạt vi phạm hành chính", period=inh(NINE)),
    fig("hơn 862 triệu", "862", 862e6, "money", "đồng", approx="over",
        subject="tổng số tiền xử phạt vi phạm hành chính", period=inh(NINE)),
    fig("hoạt động 6 cơ sở", "6", 6, "count", "cơ sở",
        subject="cơ sở bị đình chỉ hoạt động", period=inh(NINE)),
    fig("gần 1.200 lọ", "1.200", 1200, "count", "lọ", approx="nearly",
        subject="lọ mực xăm không rõ nguồn gốc bị tiêu hủy", period=inh(NINE)),
    fig("hơn 3.500 kim", "3.500", 3500, "count", "kim xăm", approx="over",
        subject="kim xăm không rõ nguồn gốc bị tiêu hủy", period=inh(NINE)),
    fig("khoảng 520 cơ sở", "520", 520, "count", "cơ sở", approx="about",
        subject="cơ sở xăm hình, phun xăm đang hoạt động"),
    fig("có 86 cơ sở", "86", 86, "count", "cơ sở", subject="cơ sở xăm hình được cấp giấy phép"),
    fig("từ 500.000 đồng đến 2 triệu", "500.000", 500000, "money", "đồng", value_max=2e6,
        subject="giá một hình xăm nhỏ", location=NT),
    fig("giá 15-25 triệu", "15", 15e6, "money", "đồng", value_max=25e6,
        subject="giá hình xăm kín lưng", location=NT),
    fig("khoảng 100 cơ sở", "100", 100, "count", "cơ sở", approx="about", status="forecast",
        subject="cơ sở Sở Y tế dự kiến kiểm tra thêm", period=Q4),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ cơ sở xăm hình được kiểm tra định kỳ", period=T25),
]

NOTES = [
    "Province portal (Khánh Hòa): inspections of tattoo / cosmetic-tattoo parlours, 9 months 2024.",
    "Dateline 'Cập nhật: 14/10/2024 08:45'. Distractors: 08:45, 'Lượt xem: 1.386', Nghị định số 117/2020/NĐ-CP,",
    "hotline 0258.3822.115, streets Trần Phú / Hùng Vương / Biệt Thự, 'năm 2024' and 'lần thứ 3' in related links.",
    "Headline '9 tháng' (no year) takes 2024 from published. 'Trong đó' parts after a sentence break take total 312;",
    "75 cơ sở of 'các địa phương còn lại' stays Khánh Hòa. 'chiếm 15,1% số cơ sở được kiểm tra' is the percent of 47 (no number for a total).",
    "'mới có 86 cơ sở' has no part-of cue: no total. 'quý IV' → 2024; 'dự kiến' → forecast; 'Mục tiêu đến năm 2025, ít nhất 80%' → target.",
]

if __name__ == "__main__":
    write("p1435-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Khánh Hòa")
