"""p520-1: province portal (Đồng Nai), pig/poultry herds H1/2024, ASF outbreaks by district, vaccination."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Đồng Nai: Tổng đàn lợn 6 tháng đầu năm đạt hơn 2,8 triệu con

Cập nhật: 16/07/2024 08:45 | Lượt xem: 3.452

Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Đồng Nai, 6 tháng đầu năm 2024, tổng đàn lợn của tỉnh ước đạt hơn 2,8 triệu con, tăng 4,2% so với cùng kỳ năm 2023; trong đó đàn lợn nuôi theo hình thức trang trại chiếm khoảng 92%. Tổng đàn gia cầm ước đạt 25,6 triệu con, tăng 1,8% so với cùng kỳ. Sản lượng thịt hơi xuất chuồng các loại ước đạt 412.500 tấn, đạt 51,3% kế hoạch năm.

Toàn tỉnh hiện có 1.937 trang trại chăn nuôi quy mô lớn và vừa, trong đó 1.526 trang trại nuôi lợn. Có 314 cơ sở chăn nuôi được cấp giấy chứng nhận an toàn dịch bệnh.

Về dịch bệnh, từ đầu năm đến ngày 30/6/2024, trên địa bàn tỉnh xảy ra 17 ổ dịch tả lợn châu Phi, giảm 9 ổ dịch so với cùng kỳ năm 2023, tại 11 xã của 5 huyện: Trảng Bom (5 ổ dịch), Thống Nhất (4 ổ dịch), Xuân Lộc (3 ổ dịch), Cẩm Mỹ (3 ổ dịch) và Định Quán (2 ổ dịch). Số lợn mắc bệnh và buộc tiêu hủy là 1.245 con, tổng trọng lượng 68.350 kg.

Thực hiện Kế hoạch số 112/KH-UBND ngày 5/3/2024 của UBND tỉnh, ngành chức năng đã tiêm 45.600 liều vắc xin dịch tả lợn châu Phi cho đàn lợn tại các vùng có nguy cơ cao. Tỷ lệ bảo hộ sau tiêm đạt từ 80 đến 85%.

Mọi thông tin về dịch bệnh động vật, người dân liên hệ đường dây nóng của Chi cục Chăn nuôi và Thú y: 0251.3822.547, địa chỉ số 12 Nguyễn Văn Trị, phường Thanh Bình, TP. Biên Hòa.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
OUT = P("từ đầu năm đến ngày 30/6/2024", "2024-01-01", "2024-06-30")
ASF = "ổ dịch tả lợn châu Phi"

FIGS = [
    F("năm đạt hơn 2,8 triệu con", "2,8", 2800000, "count", "con", "tổng đàn lợn",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("ước đạt hơn 2,8 triệu con", "2,8", 2800000, "count", "con", "tổng đàn lợn", H1,
      approx="over", change=CH("increase", 4.2, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("chiếm khoảng 92%", "92", 92, "percent", "%", "đàn lợn nuôi theo hình thức trang trại trong tổng đàn lợn", H1,
      approx="about", status="estimate"),
    F("ước đạt 25,6 triệu con", "25,6", 25600000, "count", "con", "tổng đàn gia cầm", I(H1),
      change=CH("increase", 1.8, baseline="cùng kỳ"), status="estimate"),
    F("ước đạt 412.500 tấn", "412.500", 412500, "measure", "tấn", "sản lượng thịt hơi xuất chuồng các loại", I(H1),
      percent=51.3, status="estimate"),
    F("có 1.937 trang trại", "1.937", 1937, "count", "trang trại", "trang trại chăn nuôi quy mô lớn và vừa"),
    F("1.526 trang trại", "1.526", 1526, "count", "trang trại", "trang trại nuôi lợn", total=1937),
    F("Có 314 cơ sở", "314", 314, "count", "cơ sở", "cơ sở chăn nuôi được cấp giấy chứng nhận an toàn dịch bệnh"),
    F("xảy ra 17 ổ dịch", "17", 17, "count", "ổ dịch", ASF, OUT,
      change=CH("decrease", 9, "ổ dịch", baseline="cùng kỳ năm 2023")),
    F("tại 11 xã", "11", 11, "count", "xã", "xã có ổ dịch tả lợn châu Phi", OUT),
    F("của 5 huyện", "5", 5, "count", "huyện", "huyện có ổ dịch tả lợn châu Phi", OUT),
    F("Trảng Bom (5 ổ dịch)", "5", 5, "count", "ổ dịch", ASF, OUT, total=17, location="Trảng Bom"),
    F("Thống Nhất (4 ổ dịch)", "4", 4, "count", "ổ dịch", ASF, OUT, total=17, location="Thống Nhất"),
    F("Xuân Lộc (3 ổ dịch)", "3", 3, "count", "ổ dịch", ASF, OUT, total=17, location="Xuân Lộc"),
    F("Cẩm Mỹ (3 ổ dịch)", "3", 3, "count", "ổ dịch", ASF, OUT, total=17, location="Cẩm Mỹ"),
    F("Định Quán (2 ổ dịch)", "2", 2, "count", "ổ dịch", ASF, OUT, total=17, location="Định Quán"),
    F("là 1.245 con", "1.245", 1245, "count", "con", "lợn mắc bệnh và buộc tiêu hủy", I(OUT)),
    F("trọng lượng 68.350 kg", "68.350", 68350, "measure", "kg", "tổng trọng lượng lợn tiêu hủy", I(OUT)),
    F("tiêm 45.600 liều", "45.600", 45600, "count", "liều", "liều vắc xin dịch tả lợn châu Phi đã tiêm cho đàn lợn"),
    F("từ 80 đến 85%", "80", 80, "percent", "%", "tỷ lệ bảo hộ sau tiêm", value_max=85),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Đồng Nai (invented): tổng đàn lợn, gia cầm 6 tháng đầu năm 2024, ổ dịch tả lợn châu Phi theo huyện, tiêm vắc xin.",
    "Headline '6 tháng đầu năm' has no year: nothing earlier in the text, so the year of published (2024).",
    "'chiếm khoảng 92%' continues the 'ước đạt' clause after 'trong đó' -> estimate. District items after ':' add up to 17 ổ dịch -> total 17.",
    "Distractors: Lượt xem 3.452, Kế hoạch số 112/KH-UBND ngày 5/3/2024, phone 0251.3822.547, số 12 Nguyễn Văn Trị.",
]

if __name__ == "__main__":
    emit("p520-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Đồng Nai")
