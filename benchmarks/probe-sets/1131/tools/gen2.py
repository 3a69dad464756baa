"""p1131-2: Phú Bình district portal (Thái Nguyên), summer spot checks of game points."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ BÌNH - TỈNH THÁI NGUYÊN
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội

Kiểm tra đột xuất các điểm kinh doanh trò chơi điện tử dịp hè

Ngày đăng: 12/06/2024 09:15

Thực hiện Kế hoạch số 85/KH-UBND của UBND huyện, từ ngày 25/5 đến ngày 8/6/2024, Đoàn kiểm tra liên ngành huyện Phú Bình đã kiểm tra đột xuất 23 điểm cung cấp dịch vụ trò chơi điện tử công cộng và điểm truy cập Internet trên địa bàn 8 xã, thị trấn. Kết quả, đoàn phát hiện 9 điểm vi phạm, chiếm 39,1% số điểm được kiểm tra; xử phạt 6 chủ cơ sở với tổng số tiền 34 triệu đồng, tạm giữ 11 bộ máy tính chưa khai báo.

Đêm 31/5, tại một cửa hàng trò chơi điện tử ở thị trấn Hương Sơn, đoàn phát hiện 14 thanh thiếu niên đang chơi game lúc gần 23 giờ, trong đó có 9 em là học sinh THCS. Quán có 28 máy tính, giá thuê 6.000 đồng/giờ. Chủ cơ sở là anh N.V.T. (sinh năm 1989) bị phạt 7,5 triệu đồng về hành vi hoạt động quá giờ quy định.

Toàn huyện hiện có 47 điểm cung cấp dịch vụ trò chơi điện tử công cộng, trong đó 41 điểm đã được cấp giấy chứng nhận đủ điều kiện hoạt động. 6 tháng đầu năm, UBND huyện cấp mới hai giấy chứng nhận, thu hồi một giấy chứng nhận do cơ sở ngừng kinh doanh.

Ông Dương Văn Hải, Trưởng phòng Văn hóa - Thông tin huyện cho biết, từ nay đến hết tháng 8, đoàn dự kiến kiểm tra thêm khoảng 20 điểm, tập trung ở các xã Kha Sơn, Điềm Thụy và Thượng Đình; điểm nào vi phạm lần thứ 2 sẽ bị đề nghị thu hồi giấy chứng nhận.

Phòng Văn hóa - Thông tin huyện Phú Bình
"""

SPOT = per("từ ngày 25/5 đến ngày 8/6/2024", "2024-05-25", "2024-06-08")
NIGHT = per("Đêm 31/5", "2024-05-31", "2024-05-31")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
NEXT = per("từ nay đến hết tháng 8", "2024-06-12", "2024-08-31")

FIGS = [
    fig("đột xuất 23 điểm", "23", 23, "count", "điểm",
        subject="điểm cung cấp dịch vụ trò chơi điện tử công cộng và điểm truy cập Internet được kiểm tra đột xuất",
        period=SPOT),
    fig("địa bàn 8 xã", "8", 8, "count", "xã, thị trấn", subject="xã, thị trấn được kiểm tra", period=SPOT),
    fig("phát hiện 9 điểm", "9", 9, "count", "điểm", percent=39.1, subject="điểm vi phạm",
        period=inh(SPOT)),
    fig("xử phạt 6 chủ", "6", 6, "count", "chủ cơ sở", subject="chủ cơ sở bị xử phạt", period=inh(SPOT)),
    fig("tiền 34 triệu", "34", 34000000, "money", "đồng", subject="tổng số tiền xử phạt", period=inh(SPOT)),
    fig("tạm giữ 11 bộ", "11", 11, "count", "bộ máy tính", subject="bộ máy tính chưa khai báo bị tạm giữ",
        period=inh(SPOT)),
    fig("phát hiện 14 thanh", "14", 14, "count", "thanh thiếu niên",
        subject="thanh thiếu niên đang chơi game lúc gần 23 giờ", period=NIGHT),
    fig("có 9 em", "9", 9, "count", "em", total=14, subject="học sinh THCS chơi game", period=NIGHT),
    fig("có 28 máy", "28", 28, "count", "máy tính", subject="máy tính của quán"),
    fig("thuê 6.000 đồng", "6.000", 6000, "money", "đồng/giờ", subject="giá thuê máy của quán"),
    fig("phạt 7,5 triệu", "7,5", 7500000, "money", "đồng",
        subject="tiền phạt chủ cơ sở về hành vi hoạt động quá giờ quy định"),
    fig("có 47 điểm", "47", 47, "count", "điểm", subject="điểm cung cấp dịch vụ trò chơi điện tử công cộng"),
    fig("41 điểm", "41", 41, "count", "điểm", total=47,
        subject="điểm được cấp giấy chứng nhận đủ điều kiện hoạt động"),
    fig("mới hai giấy", "hai", 2, "count", "giấy chứng nhận", subject="giấy chứng nhận cấp mới", period=H1),
    fig("hồi một giấy", "một", 1, "count", "giấy chứng nhận", subject="giấy chứng nhận bị thu hồi", period=H1),
    fig("khoảng 20 điểm", "20", 20, "count", "điểm", approx="about", status="forecast", period=NEXT,
        subject="điểm kiểm tra thêm"),
]

NOTES = [
    "District portal (huyện Phú Bình, Thái Nguyên): summer spot checks. 'Ngày đăng: 12/06/2024 09:15'; footer names the office.",
    "Distractors: Kế hoạch số 85/KH-UBND, 'lúc gần 23 giờ' (time with 'gần'), 'sinh năm 1989', 'lần thứ 2', the dateline time.",
    "Number words: 'hai giấy chứng nhận', 'một giấy chứng nhận'. '9 điểm … chiếm 39,1%' → percent (no part cue, so no total).",
    "'trong đó có 9 em' counts the same youths as 14 thanh thiếu niên → total 14. Quán figures: no period (a state), location the district.",
    "Spot-check window 'từ ngày 25/5 đến ngày 8/6/2024' → 2024-05-25..2024-06-08; 'Đêm 31/5' → that day (year of the window).",
    "'từ nay đến hết tháng 8' → from the published date to 2024-08-31 (a reading of 'từ … đến nay' turned forward).",
]

if __name__ == "__main__":
    write("p1131-2", TEXT, NOTES, FIGS, published="2024-06-12", location="Phú Bình")
