"""p1243-2: district portal (huyện Gia Lộc, Hải Dương): a cooperative's cabbage and kohlrabi, district winter crop."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA LỘC
Tỉnh Hải Dương
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Liên hệ

Bắp cải, su hào vụ đông cho lãi cao ở xã Thống Nhất

18/12/2024 - 15:20

Vụ đông 2024 - 2025, Hợp tác xã Nông nghiệp Thống Nhất liên kết với ba chục hộ thành viên trồng 42 ha bắp cải và 15 ha su hào theo quy trình VietGAP, sử dụng phân hữu cơ vi sinh kết hợp NPK 5-10-3.

Giám đốc HTX Phạm Văn Hùng cho biết, năng suất bắp cải bình quân đạt 4,2 tấn/sào. Với giá bán tại ruộng 5.000-6.000 đồng/kg, mỗi sào bắp cải cho thu nhập trên 20 triệu đồng, trừ chi phí còn lãi khoảng 12 triệu đồng. Toàn bộ sản phẩm được Công ty TNHH Nông sản Hải Hưng bao tiêu, trong đó khoảng 40% sản lượng xuất khẩu sang Nhật Bản và Hàn Quốc. Mùa vụ này, HTX thu hút 60 lao động thời vụ với thu nhập 7-8 triệu đồng/người/tháng.

Theo Phòng Nông nghiệp và PTNT huyện, toàn huyện gieo trồng 2.350 ha cây vụ đông, bằng 104,4% kế hoạch; trong đó cây rau màu các loại chiếm 68%. Huyện có 7 mô hình liên kết sản xuất rau vụ đông với tổng diện tích 185 ha, gồm 5 mô hình bắp cải, su hào và 2 mô hình súp lơ xanh. Mục tiêu đến năm 2025, huyện có ít nhất 500 ha rau được cấp mã số vùng trồng phục vụ xuất khẩu.

Nguồn: Trung tâm Văn hóa - Thông tin - Thể thao huyện

Tin khác:
- Gia Lộc tổng kết công tác khuyến nông năm 2024
- Tập huấn quy trình sản xuất rau an toàn lần thứ 3

Địa chỉ: Số 68 đường Nguyễn Chế Nghĩa, thị trấn Gia Lộc. Điện thoại: 0220.3716.238
"""

T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("ba chục hộ", "ba", 30, "count", "hộ", subject="hộ thành viên liên kết với hợp tác xã"),
    fig("trồng 42 ha", "42", 42, "measure", "ha", subject="bắp cải hợp tác xã trồng"),
    fig("và 15 ha", "15", 15, "measure", "ha", subject="su hào hợp tác xã trồng"),
    fig("đạt 4,2 tấn/sào", "4,2", 4.2, "measure", "tấn/sào", subject="năng suất bắp cải bình quân"),
    fig("ruộng 5.000-6.000", "5.000", 5000, "money", "đồng/kg", value_max=6000,
        subject="giá bán bắp cải tại ruộng"),
    fig("trên 20 triệu", "20", 20e6, "money", "đồng/sào", approx="over", subject="thu nhập mỗi sào bắp cải"),
    fig("khoảng 12 triệu", "12", 12e6, "money", "đồng/sào", approx="about", subject="lãi mỗi sào bắp cải"),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="sản lượng xuất khẩu sang Nhật Bản và Hàn Quốc"),
    fig("thu hút 60 lao động", "60", 60, "count", "lao động", subject="lao động thời vụ hợp tác xã thu hút"),
    fig("7-8 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=8e6, subject="thu nhập lao động thời vụ"),
    fig("gieo trồng 2.350 ha", "2.350", 2350, "measure", "ha", percent=104.4,
        subject="cây vụ đông toàn huyện gieo trồng"),
    fig("chiếm 68%", "68", 68, "percent", "%", subject="cây rau màu các loại"),
    fig("có 7 mô hình", "7", 7, "count", "mô hình", subject="mô hình liên kết sản xuất rau vụ đông"),
    fig("tổng diện tích 185 ha", "185", 185, "measure", "ha", subject="tổng diện tích mô hình liên kết"),
    fig("gồm 5 mô hình", "5", 5, "count", "mô hình", total=7, subject="mô hình bắp cải, su hào"),
    fig("và 2 mô hình", "2", 2, "count", "mô hình", total=7, subject="mô hình súp lơ xanh"),
    fig("ít nhất 500 ha", "500", 500, "measure", "ha", approx="at_least", status="target",
        subject="rau được cấp mã số vùng trồng phục vụ xuất khẩu", period=T25),
]

NOTES = [
    "District portal (huyện Gia Lộc, Hải Dương): banner naming the district, menu, '18/12/2024 - 15:20', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'NPK 5-10-3' (a fertiliser grade), 15:20, 'năm 2024' in a link, 'lần thứ 3', 'Số 68', phone 0220.3716.238.",
    "'ba chục hộ' = 30 hộ (number word × chục). The cooperative sits in xã Thống Nhất of Gia Lộc: location Gia Lộc throughout.",
    "'mỗi sào ... trên 20 triệu đồng', '... lãi khoảng 12 triệu đồng' are per-sào amounts: unit đồng/sào.",
    "'trong đó khoảng 40% sản lượng xuất khẩu' and 'trong đó cây rau màu các loại chiếm 68%' are percent figures of their own.",
    "'gồm 5 mô hình ... và 2 mô hình' count mô hình: the whole is 7 mô hình, not the 185 ha that stands just before 'gồm'.",
    "'Vụ đông 2024 - 2025' and 'Mùa vụ này' are season labels: no period. 'Mục tiêu đến năm 2025' → target, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1243-2", TEXT, NOTES, FIGS, published="2024-12-18", location="Gia Lộc")
