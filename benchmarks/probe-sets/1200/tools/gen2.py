"""p1200-2: Mù Cang Chải district portal (Yên Bái), fiber reaches the last village of a commune."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÙ CANG CHẢI
Trang chủ > Tin tức - Sự kiện > Kinh tế

Bản Tà Ghênh có internet cáp quang

05/03/2025 15:20

Sau hơn hai tháng thi công, ngày 28/2, Viettel Yên Bái đã hoàn thành tuyến cáp quang dài 14,5 km dọc Quốc lộ 32 và đường liên xã vào bản Tà Ghênh, xã Púng Luông, bản cuối cùng của xã chưa có đường truyền internet băng rộng. Tổng kinh phí đầu tư tuyến cáp khoảng 1,3 tỷ đồng do doanh nghiệp tự bố trí.

Bản Tà Ghênh có 86 hộ với 512 nhân khẩu, 100% là đồng bào Mông. Chỉ trong tuần đầu, 37 hộ đã đăng ký lắp đặt với mức cước ưu đãi 150.000 đồng/tháng. Điểm trường Tà Ghênh của Trường Tiểu học và THCS Púng Luông với 4 lớp, 96 học sinh cũng được kết nối miễn phí; nhà văn hóa bản được lắp hai điểm phát wifi công cộng.

Ông Giàng A Chớ, Trưởng bản Tà Ghênh cho biết, trước đây muốn gọi điện, bà con phải đi bộ gần 3 km lên đỉnh dốc mới có sóng điện thoại.

Hiện toàn huyện có 89/104 thôn, bản có cáp quang băng rộng, đạt 85,6%; 14/14 xã, thị trấn có trường học được kết nối internet cáp quang. Năm 2024, các doanh nghiệp đã đầu tư 31 tuyến cáp quang mới với tổng chiều dài khoảng 126 km, kinh phí hơn 9,8 tỷ đồng. Tỷ lệ hộ gia đình sử dụng internet băng rộng cố định của huyện mới đạt 41%.

Năm 2025, huyện phấn đấu đưa cáp quang đến 15 thôn, bản còn lại và nâng tỷ lệ hộ gia đình sử dụng internet băng rộng cố định lên trên 55%.

Ban biên tập | Lượt xem: 318
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("hơn hai tháng", "hai", 2, "measure", "tháng", approx="over", optional=True,
        subject="thời gian thi công tuyến cáp"),
    fig("dài 14,5 km", "14,5", 14.5, "measure", "km", subject="tuyến cáp quang vào bản Tà Ghênh"),
    fig("khoảng 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", approx="about",
        subject="tổng kinh phí đầu tư tuyến cáp"),
    fig("có 86 hộ", "86", 86, "count", "hộ", subject="hộ bản Tà Ghênh"),
    fig("512 nhân khẩu", "512", 512, "count", "nhân khẩu", subject="nhân khẩu bản Tà Ghênh"),
    fig("100% là đồng bào Mông", "100", 100, "percent", "%", subject="nhân khẩu là đồng bào Mông"),
    fig("37 hộ đã đăng ký", "37", 37, "count", "hộ", subject="hộ đã đăng ký lắp đặt internet cáp quang"),
    fig("ưu đãi 150.000 đồng/tháng", "150.000", 150000, "money", "đồng/tháng", subject="mức cước ưu đãi"),
    fig("với 4 lớp", "4", 4, "count", "lớp", subject="lớp của Điểm trường Tà Ghênh"),
    fig("96 học sinh", "96", 96, "count", "học sinh", subject="học sinh Điểm trường Tà Ghênh"),
    fig("lắp hai điểm phát wifi", "hai", 2, "count", "điểm phát wifi công cộng",
        subject="điểm phát wifi công cộng lắp tại nhà văn hóa bản"),
    fig("gần 3 km", "3", 3, "measure", "km", approx="nearly",
        subject="quãng đường bà con phải đi bộ lên đỉnh dốc để có sóng điện thoại"),
    fig("có 89/104 thôn", "89", 89, "count", "thôn, bản", total=104, percent=85.6,
        subject="thôn, bản có cáp quang băng rộng"),
    fig("14/14 xã", "14", 14, "count", "xã, thị trấn", total=14,
        subject="xã, thị trấn có trường học được kết nối internet cáp quang"),
    fig("đầu tư 31 tuyến", "31", 31, "count", "tuyến cáp quang", subject="tuyến cáp quang mới được đầu tư",
        period=Y24),
    fig("khoảng 126 km", "126", 126, "measure", "km", approx="about",
        subject="tổng chiều dài tuyến cáp quang mới", period=Y24),
    fig("hơn 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", approx="over",
        subject="kinh phí đầu tư tuyến cáp quang mới", period=Y24),
    fig("mới đạt 41%", "41", 41, "percent", "%",
        subject="tỷ lệ hộ gia đình sử dụng internet băng rộng cố định"),
    fig("đến 15 thôn", "15", 15, "count", "thôn, bản", status="target",
        subject="thôn, bản còn lại được đưa cáp quang đến", period=Y25),
    fig("trên 55%", "55", 55, "percent", "%", approx="over", status="target",
        subject="tỷ lệ hộ gia đình sử dụng internet băng rộng cố định", period=Y25),
]

NOTES = [
    "District portal (huyện Mù Cang Chải, Yên Bái): fiber line to bản Tà Ghênh, xã Púng Luông; district results 2024, targets 2025.",
    "Dateline '05/03/2025 15:20' under the headline; 'Lượt xem: 318' at the end. Distractors: 'ngày 28/2', 'Quốc lộ 32', time 15:20.",
    "Location is the district throughout (a commune is not a location level). 'hơn hai tháng' (construction time) optional.",
    "'Hiện' figures get no period. The walk to the hilltop ('gần 3 km') is a fact of the village passage: required measure.",
]

if __name__ == "__main__":
    build("p1200-2", TEXT, NOTES, FIGS, published="2025-03-05", location="Mù Cang Chải")
