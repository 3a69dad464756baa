"""p1289-2: district portal (huyện Đức Hòa, Long An): a premix plant opens; district feed firms."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Khánh thành nhà máy premix và phụ gia thức ăn chăn nuôi tại xã Đức Lập Hạ
18/07/2024 - 10:25

Sáng 17/7, Công ty cổ phần Dinh dưỡng Vật nuôi Tân Việt Phát tổ chức lễ khánh thành Nhà máy premix Tân Việt Phát tại ấp 3, xã Đức Lập Hạ. Nhà máy có tổng vốn đầu tư 320 tỷ đồng, xây dựng trên diện tích 3,2 ha, gồm hai dây chuyền sản xuất premix vitamin - khoáng và một dây chuyền phụ gia dạng lỏng.

Giai đoạn 1, nhà máy có công suất 30.000 tấn/năm; mục tiêu đến năm 2027 nâng lên 50.000 tấn/năm. Sản phẩm gồm khoảng 120 loại premix, khoáng vi lượng, men tiêu hóa và chất bổ sung thảo dược cho heo, gà, vịt, bò và thủy sản.

Ông Trần Quốc Hưng, Tổng Giám đốc công ty cho biết, nhà máy hiện sử dụng 142 lao động, trong đó 38 kỹ sư và cử nhân; thu nhập bình quân 10,5 triệu đồng/người/tháng. Năm 2024, công ty dự kiến tiêu thụ từ 18.000 đến 20.000 tấn sản phẩm, doanh thu khoảng 650 tỷ đồng, nộp ngân sách hơn 25 tỷ đồng.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND huyện Nguyễn Thị Kim Loan cho biết, hiện trên địa bàn huyện có 7 doanh nghiệp sản xuất thức ăn chăn nuôi và phụ gia, tổng công suất khoảng 1,1 triệu tấn/năm. 6 tháng đầu năm, các doanh nghiệp này đã nộp ngân sách gần 96 tỷ đồng, chiếm 4,3% tổng thu ngân sách trên địa bàn huyện.

Nguồn: Phòng Kinh tế huyện

Tin khác:
- Đức Hòa ra quân Tháng hành động vì an toàn thực phẩm năm 2024
- Sơ kết công tác 6 tháng đầu năm 2024 của Ban Chỉ đạo 389 huyện

Địa chỉ: Số 2 Nguyễn Văn Trỗi, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An. Điện thoại: 0272.3850.211
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T27 = per("đến năm 2027", None, "2027-12-31")
CO = "Công ty cổ phần Dinh dưỡng Vật nuôi Tân Việt Phát"

FIGS = [
    fig("đầu tư 320 tỷ", "320", 320e9, "money", "đồng", subject="tổng vốn đầu tư Nhà máy premix Tân Việt Phát"),
    fig("diện tích 3,2 ha", "3,2", 3.2, "measure", "ha", subject="diện tích xây dựng nhà máy"),
    fig("gồm hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền sản xuất premix vitamin - khoáng"),
    fig("và một dây chuyền", "một", 1, "count", "dây chuyền", subject="dây chuyền phụ gia dạng lỏng"),
    fig("công suất 30.000 tấn/năm", "30.000", 30000.0, "measure", "tấn/năm",
        subject="công suất nhà máy giai đoạn 1"),
    fig("lên 50.000 tấn/năm", "50.000", 50000.0, "measure", "tấn/năm", status="target",
        subject="công suất nhà máy", period=T27),
    fig("khoảng 120 loại", "120", 120, "count", "loại", approx="about",
        subject="loại premix, khoáng vi lượng, men tiêu hóa và chất bổ sung thảo dược"),
    fig("sử dụng 142 lao động", "142", 142, "count", "lao động", subject="lao động nhà máy sử dụng"),
    fig("đó 38 kỹ sư", "38", 38, "count", "kỹ sư", total=142, subject="kỹ sư và cử nhân"),
    fig("quân 10,5 triệu", "10,5", 10.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động nhà máy"),
    fig("từ 18.000 đến 20.000", "18.000", 18000.0, "measure", "tấn", value_max=20000.0, status="forecast",
        subject="sản phẩm công ty tiêu thụ", period=Y24),
    fig("khoảng 650 tỷ", "650", 650e9, "money", "đồng", approx="about", status="forecast",
        subject="doanh thu công ty", period=Y24),
    fig("hơn 25 tỷ", "25", 25e9, "money", "đồng", approx="over", status="forecast",
        subject="nộp ngân sách của công ty", period=Y24),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất thức ăn chăn nuôi và phụ gia trên địa bàn huyện"),
    fig("khoảng 1,1 triệu tấn/năm", "1,1", 1.1e6, "measure", "tấn/năm", approx="about",
        subject="tổng công suất các doanh nghiệp thức ăn chăn nuôi và phụ gia"),
    fig("gần 96 tỷ", "96", 96e9, "money", "đồng", approx="nearly", percent=4.3,
        subject="nộp ngân sách của các doanh nghiệp thức ăn chăn nuôi và phụ gia", period=H1),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner, menu, '18/07/2024 - 10:25' under the headline (published), 'Nguồn:', 'Tin khác', address footer.",
    "All figures describe the district or a plant in it (xã Đức Lập Hạ): location Đức Hòa.",
    "'gồm hai dây chuyền ... và một dây chuyền ...' : no whole figure before 'gồm', so no total; 'hai', 'một' are number words.",
    "'mục tiêu đến năm 2027 nâng lên 50.000 tấn/năm' → target, period start null, end 2027-12-31.",
    "'Năm 2024, công ty dự kiến tiêu thụ ..., doanh thu ..., nộp ngân sách ...': 'dự kiến' governs the continuing clauses → forecast.",
    "'6 tháng đầu năm' takes 2024 from the earlier 'Năm 2024'. 'chiếm 4,3% tổng thu' → percent attribute of 96 tỷ.",
    "'trong đó 38 kỹ sư và cử nhân' → total 142. 'hiện' figures have no period.",
    "Distractors: 'Sáng 17/7', 'ấp 3', 'Giai đoạn 1', 'Ban Chỉ đạo 389', 'Số 2 Nguyễn Văn Trỗi', phone, '10:25', link titles.",
]

if __name__ == "__main__":
    write("p1289-2", TEXT, NOTES, FIGS, published="2024-07-18", location="Đức Hòa")
