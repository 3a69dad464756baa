"""p1118-1: Hà Giang province portal, hemp (lanh) weaving and indigo dyeing, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Hà Giang: Doanh thu từ vải lanh 6 tháng đạt 9,6 tỷ đồng

Cập nhật: 12/07/2024 08:30 | Lượt xem: 2.417

6 tháng đầu năm 2024, các hợp tác xã, tổ hợp tác dệt lanh trên địa bàn tỉnh Hà Giang đã sản xuất 68.500 m vải lanh, tăng 14,2% so với cùng kỳ năm 2023; doanh thu đạt 9,6 tỷ đồng, bằng 56,5% kế hoạch năm.

Toàn tỉnh hiện có 27 hợp tác xã và tổ hợp tác dệt lanh, nhuộm chàm, thu hút gần 2.000 lao động, trong đó 1.860 lao động là phụ nữ dân tộc Mông. Nghề dệt lanh tập trung ở 4 huyện vùng cao núi đá Đồng Văn, Mèo Vạc, Yên Minh và Quản Bạ.

Hợp tác xã Dệt lanh Lùng Tám ở xã Lùng Tám, huyện Quản Bạ, nằm cạnh Quốc lộ 4C, là đơn vị tiêu biểu. Hợp tác xã có 96 thành viên, bình quân mỗi tháng sản xuất khoảng 1.500 m vải lanh nhuộm chàm, vẽ sáp ong. Sản phẩm đã xuất sang Nhật Bản, Pháp, Australia; năm 2023, doanh thu của hợp tác xã đạt hơn 2,4 tỷ đồng, thu nhập của thành viên từ 3 đến 4,5 triệu đồng/người/tháng.

Để giữ nghề, tỉnh đã hỗ trợ xây dựng 12 vùng nguyên liệu lanh với tổng diện tích hơn 85 ha, tập trung tại các huyện Đồng Văn (32 ha), Mèo Vạc (24 ha) và Quản Bạ (18 ha); mức hỗ trợ giống, phân bón là 3 triệu đồng/ha. Trong 6 tháng, tỉnh đã mở 9 lớp dạy nghề dệt lanh, nhuộm chàm cho 270 học viên.

Năm 2024, tỉnh phấn đấu doanh thu từ sản phẩm dệt lanh đạt 17 tỷ đồng, có thêm 3 sản phẩm được công nhận OCOP 4 sao; đón ít nhất 15.000 lượt khách tham quan, trải nghiệm tại các làng nghề.
"""

H6 = per("6 tháng", "2024-01-01", "2024-06-30")
S6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T6 = per("Trong 6 tháng", "2023-01-01", "2023-06-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
QB = "Quản Bạ"
AREA = "diện tích vùng nguyên liệu lanh"

FIGS = [
    fig("6 tháng đạt 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", subject="doanh thu từ vải lanh", period=H6),
    fig("sản xuất 68.500 m", "68.500", 68500, "measure", "m",
        change=chg("increase", 14.2, "%", "cùng kỳ năm 2023"),
        subject="vải lanh các hợp tác xã, tổ hợp tác dệt lanh sản xuất", period=S6),
    fig("doanh thu đạt 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", percent=56.5,
        subject="doanh thu của các hợp tác xã, tổ hợp tác dệt lanh", period=S6),
    fig("hiện có 27 hợp tác xã", "27", 27, "count", "hợp tác xã và tổ hợp tác",
        subject="hợp tác xã và tổ hợp tác dệt lanh, nhuộm chàm"),
    fig("gần 2.000 lao động", "2.000", 2000, "count", "lao động", approx="nearly",
        subject="lao động các hợp tác xã và tổ hợp tác dệt lanh, nhuộm chàm thu hút"),
    fig("1.860 lao động", "1.860", 1860, "count", "lao động", total=2000,
        subject="lao động là phụ nữ dân tộc Mông"),
    fig("ở 4 huyện", "4", 4, "count", "huyện", subject="huyện tập trung nghề dệt lanh"),
    fig("có 96 thành viên", "96", 96, "count", "thành viên",
        subject="thành viên Hợp tác xã Dệt lanh Lùng Tám", location=QB),
    fig("khoảng 1.500 m", "1.500", 1500, "measure", "m/tháng", approx="about",
        subject="vải lanh nhuộm chàm hợp tác xã sản xuất bình quân mỗi tháng", location=QB),
    fig("hơn 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="over",
        subject="doanh thu của hợp tác xã", period=Y23, location=QB),
    fig("từ 3 đến 4,5 triệu", "3", 3e6, "money", "đồng/người/tháng", value_max=4.5e6,
        subject="thu nhập của thành viên hợp tác xã", period=Y23, location=QB),
    fig("xây dựng 12 vùng", "12", 12, "count", "vùng nguyên liệu lanh",
        subject="vùng nguyên liệu lanh được hỗ trợ xây dựng"),
    fig("hơn 85 ha", "85", 85, "measure", "ha", approx="over", subject="tổng diện tích vùng nguyên liệu lanh"),
    fig("Đồng Văn (32 ha)", "32", 32, "measure", "ha", subject=AREA, location="Đồng Văn"),
    fig("Mèo Vạc (24 ha)", "24", 24, "measure", "ha", subject=AREA, location="Mèo Vạc"),
    fig("Quản Bạ (18 ha)", "18", 18, "measure", "ha", subject=AREA, location=QB),
    fig("là 3 triệu đồng/ha", "3", 3e6, "money", "đồng/ha", subject="mức hỗ trợ giống, phân bón"),
    fig("mở 9 lớp", "9", 9, "count", "lớp", subject="lớp dạy nghề dệt lanh, nhuộm chàm", period=T6),
    fig("cho 270 học viên", "270", 270, "count", "học viên",
        subject="học viên lớp dạy nghề dệt lanh, nhuộm chàm", period=T6),
    fig("đạt 17 tỷ", "17", 17e9, "money", "đồng", status="target",
        subject="doanh thu từ sản phẩm dệt lanh", period=Y24),
    fig("thêm 3 sản phẩm", "3", 3, "count", "sản phẩm", status="target",
        subject="sản phẩm được công nhận OCOP 4 sao", period=Y24),
    fig("ít nhất 15.000 lượt", "15.000", 15000, "count", "lượt khách", approx="at_least", status="target",
        subject="lượt khách tham quan, trải nghiệm tại các làng nghề", period=Y24),
]

NOTES = [
    "Province portal (Hà Giang): hemp weaving and indigo dyeing, 6 months 2024. Breadcrumb, 'Cập nhật: 12/07/2024 08:30 | Lượt xem: 2.417'.",
    "Distractors: view counter 2.417, time 08:30, 'Lùng Tám' (place name containing the number word 'tám'), 'Quốc lộ 4C', 'OCOP 4 sao'.",
    "Headline '6 tháng' takes the year of published (2024). 'Trong 6 tháng' likewise. District list 32+24+18 is not 85 ('tập trung tại'): no total.",
    "The coop passage (Lùng Tám, Quản Bạ) has location Quản Bạ; 'năm 2023' governs the revenue and the income clause of the same sentence.",
    "1.860 women are a part of 'gần 2.000 lao động' (trong đó): total 2000.",
    "revised after the first run: (1) subject of 'gần 2.000 lao động' used 'tham gia', a word not in the sentence; now the sentence's",
    "own words ('… thu hút'). (2) 'Trong 6 tháng' dated 2023, not 2024: FIGURES.md §3 gives a year-less phrase the year of the nearest",
    "earlier period anywhere in the article, which is the coop's 'năm 2023' one paragraph up (a reader would say 2024; see REPORT).",
]

if __name__ == "__main__":
    build("p1118-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Hà Giang")
