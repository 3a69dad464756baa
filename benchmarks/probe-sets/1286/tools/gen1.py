"""p1286-1: province portal (Nam Định): storm surge of bão số 3 erodes the sea dyke in Hải Hậu."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH
Trang chủ > Tin tức - Sự kiện > Phòng, chống thiên tai

Nước dâng do bão số 3 làm sạt lở gần 2 km đê biển Hải Hậu

Cập nhật: 09/09/2024 17:30 | Lượt xem: 3.516

Theo Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh, chiều 7/9, nước dâng do bão kết hợp triều cường khiến mực nước tại trạm thủy văn Văn Lý (huyện Hải Hậu) lên tới 2,85 m, vượt mức báo động III 0,35 m. Sóng cao từ 3 đến 4 m đánh trực diện vào tuyến đê biển huyện Hải Hậu.

Toàn tuyến có 11 vị trí bị sạt lở mái đê phía biển với tổng chiều dài khoảng 1.850 m, tập trung tại các xã Hải Lý, Hải Chính và thị trấn Thịnh Long; 3 đoạn kè bị sóng đánh hư hỏng nặng. Riêng đoạn đê từ K20+400 đến K21+100 xã Hải Lý bị sóng đánh lở sâu vào thân đê 1,5-2 m.

Ngay trong đêm, huyện Hải Hậu huy động hơn 2.000 người gồm bộ đội, công an, dân quân và nhân dân cùng 25.000 bao tải cát, 1.200 m3 đá hộc để xử lý khẩn cấp, không để xảy ra vỡ đê.

Trước khi bão đổ bộ, 3 huyện ven biển Giao Thủy, Hải Hậu, Nghĩa Hưng đã sơ tán 8.560 hộ với 21.430 người khỏi khu vực ngoài đê và nhà không an toàn; khoảng 2.300 chòi canh ngao, lồng bè được chằng chống.

Ước tính thiệt hại về đê điều khoảng 68 tỷ đồng, chiếm gần 40% tổng thiệt hại do bão gây ra trên địa bàn tỉnh. UBND tỉnh đã đề nghị Trung ương hỗ trợ 150 tỷ đồng để khắc phục khẩn cấp 4,2 km đê, kè xung yếu. Toàn tỉnh hiện có 91,7 km đê biển, trong đó 33,2 km thuộc huyện Hải Hậu.

Tin liên quan:
- Nam Định: Diễn tập phòng, chống thiên tai năm 2024
- Công điện số 05/CĐ-UBND về ứng phó khẩn cấp bão số 3
"""

DAY = per("chiều 7/9", "2024-09-07", "2024-09-07")
HH = "Hải Hậu"

FIGS = [
    fig("lở gần 2 km", "2", 2, "measure", "km", approx="nearly",
        subject="đê biển bị sạt lở do nước dâng", location=HH),
    fig("lên tới 2,85 m", "2,85", 2.85, "measure", "m",
        change=chg("increase", 0.35, "m", "mức báo động III"),
        subject="mực nước tại trạm thủy văn Văn Lý", period=DAY, location=HH),
    fig("từ 3 đến 4 m", "3", 3, "measure", "m", value_max=4,
        subject="sóng đánh vào tuyến đê biển", period=inh(DAY), location=HH),
    fig("có 11 vị trí", "11", 11, "count", "vị trí",
        subject="vị trí bị sạt lở mái đê phía biển", location=HH),
    fig("khoảng 1.850 m", "1.850", 1850, "measure", "m", approx="about",
        subject="tổng chiều dài sạt lở mái đê", location=HH),
    fig("3 đoạn kè", "3", 3, "count", "đoạn kè",
        subject="đoạn kè bị sóng đánh hư hỏng nặng", location=HH),
    fig("đê 1,5-2 m", "1,5", 1.5, "measure", "m", value_max=2,
        subject="độ sâu sóng đánh lở vào thân đê", location=HH),
    fig("hơn 2.000 người", "2.000", 2000, "count", "người", approx="over",
        subject="người huy động xử lý khẩn cấp", location=HH),
    fig("25.000 bao tải", "25.000", 25000, "count", "bao tải cát",
        subject="bao tải cát huy động xử lý khẩn cấp", location=HH),
    fig("1.200 m3", "1.200", 1200, "measure", "m3",
        subject="đá hộc huy động xử lý khẩn cấp", location=HH),
    fig("3 huyện ven biển", "3", 3, "count", "huyện",
        subject="huyện ven biển sơ tán dân"),
    fig("sơ tán 8.560 hộ", "8.560", 8560, "count", "hộ",
        subject="hộ sơ tán khỏi khu vực ngoài đê và nhà không an toàn"),
    fig("21.430 người", "21.430", 21430, "count", "người",
        subject="người sơ tán khỏi khu vực ngoài đê và nhà không an toàn"),
    fig("khoảng 2.300 chòi", "2.300", 2300, "count", "chòi canh ngao", approx="about",
        subject="chòi canh ngao, lồng bè được chằng chống"),
    fig("khoảng 68 tỷ", "68", 68e9, "money", "đồng", approx="about", status="estimate", percent=40,
        subject="thiệt hại về đê điều"),
    fig("hỗ trợ 150 tỷ", "150", 150e9, "money", "đồng",
        subject="kinh phí đề nghị Trung ương hỗ trợ khắc phục đê, kè"),
    fig("khẩn cấp 4,2 km", "4,2", 4.2, "measure", "km",
        subject="đê, kè xung yếu cần khắc phục khẩn cấp"),
    fig("có 91,7 km", "91,7", 91.7, "measure", "km", subject="đê biển toàn tỉnh"),
    fig("trong đó 33,2 km", "33,2", 33.2, "measure", "km", total=91.7,
        subject="đê biển thuộc huyện Hải Hậu", location=HH),
]

NOTES = [
    "Province portal (Nam Định): storm surge of bão số 3 in Hải Hậu; breadcrumb, 'Cập nhật: 09/09/2024 17:30 | Lượt xem: 3.516', related links.",
    "Distractors: 17:30, Lượt xem 3.516, 'bão số 3' (headline and link), 'báo động III', K20+400, K21+100, 'Công điện số 05/CĐ-UBND', 'năm 2024' in a link.",
    "'chiều 7/9' (a day; year from the dateline) is the period of the water level in its sentence; the wave height in the next sentence inherits it.",
    "'vượt mức báo động III 0,35 m' is a change (increase 0,35 m, baseline the alarm level), as a gap to a plan is; 'lên tới' is not an approx cue.",
    "The station and the dyke passage are in huyện Hải Hậu (named in the sentences): location Hải Hậu; the 3 districts' evacuation and the damage are the province's.",
    "'Ước tính ... khoảng 68 tỷ đồng, chiếm gần 40%' → estimate, about, percent 40. '33,2 km' after 'trong đó' → total 91,7 (km) and location Hải Hậu.",
]

if __name__ == "__main__":
    write("p1286-1", TEXT, NOTES, FIGS, published="2024-09-09", location="Nam Định")
