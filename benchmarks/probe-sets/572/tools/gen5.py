"""p572-5: Báo Quảng Trị (Party newspaper), anti-smuggling on the Việt Nam - Laos border, year 2023."""
from lib import emit, fig, per, inh, chg

TEXT = """
Quảng Trị: Kiên quyết đấu tranh chống buôn lậu qua tuyến biên giới

(QTO) - Năm 2023, các lực lượng chức năng trên địa bàn tỉnh đã bắt giữ, xử lý 1.296 vụ buôn lậu, gian lận thương mại và hàng giả, tăng 47 vụ so với năm 2022; thu nộp ngân sách nhà nước trên 21,8 tỷ đồng.

Riêng Cục Quản lý thị trường tỉnh đã kiểm tra 742 vụ, xử lý 655 vụ, thu nộp ngân sách 6,84 tỷ đồng, đạt 114% kế hoạch. Mức xử phạt bình quân khoảng 10,4 triệu đồng/vụ.

Tuyến biên giới Việt - Lào qua tỉnh dài hơn 206 km, với nhiều đường mòn, lối mở. Địa bàn trọng điểm vẫn là huyện Hướng Hóa, nơi có Cửa khẩu quốc tế Lao Bảo, chiếm tới 41% tổng số vụ việc của toàn tỉnh; tiếp đến là huyện Đakrông với 187 vụ. Tang vật thu giữ gồm 48.250 bao thuốc lá ngoại, 26,5 tấn đường cát, 1.850 kg pháo nổ và 312 con gia cầm không rõ nguồn gốc.

Đáng chú ý, đêm 22/11/2023, tại Km 12 Quốc lộ 9 thuộc huyện Hướng Hóa, Đội Quản lý thị trường số 3 phối hợp Công an tỉnh bắt giữ xe tải biển kiểm soát 74C-086.21 chở 7.500 bao thuốc lá nhãn hiệu Jet, Hero, trị giá gần 220 triệu đồng.

Theo đồng chí Lê Văn Tuấn, Phó Cục trưởng Cục Quản lý thị trường tỉnh, các đối tượng thường chia nhỏ hàng, mỗi chuyến chỉ từ 20 đến 50 cây thuốc lá để tránh bị phát hiện, xử phạt hình sự.

Năm 2024, tỉnh phấn đấu giảm từ 5 đến 7% số vụ buôn lậu qua tuyến biên giới so với năm 2023; dự kiến thành lập thêm 2 tổ công tác liên ngành tại các xã biên giới.

THANH TRÚC

15/01/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
N2211 = per("đêm 22/11/2023", "2023-11-22", "2023-11-22")

FIGS = [
    fig("xử lý 1.296 vụ", "1.296", 1296, "count", "vụ",
        change=chg("increase", 47, unit="vụ", baseline="năm 2022"),
        subject="vụ buôn lậu, gian lận thương mại và hàng giả bắt giữ, xử lý", period=Y23),
    fig("trên 21,8 tỷ đồng", "21,8", 21_800_000_000, "money", "đồng", approx="over",
        subject="thu nộp ngân sách nhà nước", period=Y23),
    fig("kiểm tra 742 vụ", "742", 742, "count", "vụ",
        subject="vụ Cục Quản lý thị trường tỉnh kiểm tra", period=inh(Y23)),
    fig("xử lý 655 vụ", "655", 655, "count", "vụ",
        subject="vụ Cục Quản lý thị trường tỉnh xử lý", period=inh(Y23)),
    fig("ngân sách 6,84 tỷ đồng", "6,84", 6_840_000_000, "money", "đồng", percent=114,
        subject="Cục Quản lý thị trường tỉnh thu nộp ngân sách", period=inh(Y23)),
    fig("khoảng 10,4 triệu đồng/vụ", "10,4", 10_400_000, "money", "đồng/vụ", approx="about",
        subject="mức xử phạt bình quân", period=inh(Y23)),
    fig("hơn 206 km", "206", 206, "measure", "km", approx="over",
        subject="tuyến biên giới Việt - Lào qua tỉnh dài"),
    fig("tới 41%", "41", 41, "percent", "%",
        subject="tổng số vụ việc của toàn tỉnh", period=inh(Y23), location="Hướng Hóa"),
    fig("187 vụ", "187", 187, "count", "vụ", subject="vụ việc", period=inh(Y23), location="Đakrông"),
    fig("48.250 bao", "48.250", 48250, "count", "bao", subject="thuốc lá ngoại thu giữ", period=inh(Y23)),
    fig("26,5 tấn", "26,5", 26.5, "measure", "tấn", subject="đường cát thu giữ", period=inh(Y23)),
    fig("1.850 kg", "1.850", 1850, "measure", "kg", subject="pháo nổ thu giữ", period=inh(Y23)),
    fig("312 con", "312", 312, "count", "con", subject="gia cầm không rõ nguồn gốc thu giữ", period=inh(Y23)),
    fig("chở 7.500 bao", "7.500", 7500, "count", "bao", subject="thuốc lá nhãn hiệu Jet, Hero bắt giữ",
        period=N2211, location="Hướng Hóa"),
    fig("gần 220 triệu đồng", "220", 220_000_000, "money", "đồng", approx="nearly",
        subject="trị giá thuốc lá bắt giữ", period=N2211, location="Hướng Hóa"),
    fig("từ 20 đến 50 cây", "20", 20, "count", "cây", value_max=50,
        subject="cây thuốc lá mỗi chuyến"),
    fig("từ 5 đến 7%", "5", 5, "percent", "%", value_max=7, status="target",
        subject="giảm số vụ buôn lậu qua tuyến biên giới so với năm 2023", period=Y24),
    fig("thêm 2 tổ", "2", 2, "count", "tổ công tác", status="forecast",
        subject="tổ công tác liên ngành thành lập thêm tại các xã biên giới", period=Y24),
]

COMMENTS = [
    "Báo Quảng Trị (QTO): anti-smuggling results 2023 on the Việt - Lào border; byline and bare date at the end (15/01/2024).",
    "Distractors: '(QTO)', 'Km 12 Quốc lộ 9', 'Đội Quản lý thị trường số 3', licence plate '74C-086.21', cigarette brands, the end date.",
    "'tăng 47 vụ so với năm 2022' = change of 1.296 vụ (unit vụ). 'đạt 114% kế hoạch' is the share of 6,84 tỷ. 'Riêng Cục …' is not a",
    "part cue: 742/655 get no total. 'chiếm tới 41% tổng số vụ việc' stands alone as a percent figure for Hướng Hóa ('tới' is emphasis, exact).",
    "The night raid takes its date as period and Hướng Hóa as location. 'từ 20 đến 50 cây' is a range with no period.",
    "'phấn đấu giảm từ 5 đến 7%' target; 'dự kiến thành lập thêm 2 tổ' forecast. 'hơn 206 km' (Hiện-like, no period).",
]

if __name__ == "__main__":
    emit("p572-5", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Quảng Trị")
