"""p672-2: commune portal (xã Liên Nghĩa, huyện Văn Giang) — ra quân bóc xóa quảng cáo tín dụng đen."""
from lib import F, P, I, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ LIÊN NGHĨA - HUYỆN VĂN GIANG
Trang chủ | Tin hoạt động | An ninh trật tự

Thứ Tư, 20/03/2024 - 09:15

Liên Nghĩa: Ra quân bóc, xóa hơn 1.300 tờ rơi quảng cáo tín dụng đen

Sáng 17/3, Đoàn Thanh niên xã phối hợp với Công an xã tổ chức ra quân "Ngày Chủ nhật xanh - nói không với tín dụng đen". Tham gia có hơn 120 đoàn viên, thanh niên, chia thành 6 tổ, làm sạch 12 tuyến đường liên thôn và đoạn Tỉnh lộ 379 qua địa bàn.

Kết quả, các tổ đã bóc, xóa 1.352 tờ rơi, quảng cáo cho vay nặng lãi dán trên cột điện, tường rào, trong đó thôn Đa Ngưu (418 tờ), thôn Phúc Thọ (376 tờ), khu dân cư số 3 (305 tờ). Đoàn viên cũng phát 2.000 tờ gấp tuyên truyền về thủ đoạn của tín dụng đen tới các hộ dân.

Từ đầu năm 2024 đến nay, Công an xã tiếp nhận 7 tin báo liên quan đến hoạt động cho vay lãi nặng, đã xác minh, xử lý 6/7 tin báo (đạt 85,7%), chuyển Công an huyện 2 vụ việc có dấu hiệu tội phạm.

Để người dân tiếp cận nguồn vốn chính thức, Ngân hàng Chính sách xã hội huyện Văn Giang đã giải ngân cho 46 hộ trên địa bàn xã với số tiền 3,45 tỷ đồng, mức vay bình quân 75 triệu đồng/hộ, lãi suất 6,6%/năm.

Đồng chí Phó Trưởng Công an xã đề nghị người dân khi phát hiện quảng cáo cho vay dán trái phép hoặc bị đe dọa đòi nợ thì báo ngay cho Công an xã qua số điện thoại 0221.3931.205 hoặc đến trụ sở tại số 18 đường Liên Nghĩa, thôn Phúc Thọ.

Minh Thu - Đài Truyền thanh xã
"""

N = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-03-20")

FIGS = [
    F("hơn 1.300 tờ rơi", "1.300", 1300, "count", "tờ rơi", "tờ rơi quảng cáo tín dụng đen bóc, xóa", approx="over"),
    F("hơn 120 đoàn viên", "120", 120, "count", "đoàn viên", "đoàn viên, thanh niên tham gia ra quân", approx="over"),
    F("chia thành 6 tổ", "6", 6, "count", "tổ", "tổ ra quân", optional=True),
    F("làm sạch 12 tuyến", "12", 12, "count", "tuyến đường", "tuyến đường liên thôn làm sạch"),
    F("xóa 1.352 tờ rơi", "1.352", 1352, "count", "tờ rơi", "tờ rơi, quảng cáo cho vay nặng lãi bóc, xóa"),
    F("(418 tờ)", "418", 418, "count", "tờ", "tờ rơi, quảng cáo cho vay nặng lãi bóc, xóa thôn Đa Ngưu", total=1352),
    F("(376 tờ)", "376", 376, "count", "tờ", "tờ rơi, quảng cáo cho vay nặng lãi bóc, xóa thôn Phúc Thọ", total=1352),
    F("(305 tờ)", "305", 305, "count", "tờ", "tờ rơi, quảng cáo cho vay nặng lãi bóc, xóa khu dân cư số 3", total=1352),
    F("phát 2.000 tờ gấp", "2.000", 2000, "count", "tờ gấp", "tờ gấp tuyên truyền về thủ đoạn của tín dụng đen phát"),
    F("tiếp nhận 7 tin báo", "7", 7, "count", "tin báo", "tin báo liên quan đến hoạt động cho vay lãi nặng Công an xã tiếp nhận", N),
    F("xử lý 6/7 tin báo", "6", 6, "count", "tin báo", "tin báo đã xác minh, xử lý", N, total=7, percent=85.7),
    F("huyện 2 vụ việc", "2", 2, "count", "vụ việc", "vụ việc có dấu hiệu tội phạm chuyển Công an huyện", N),
    F("cho 46 hộ", "46", 46, "count", "hộ", "hộ được Ngân hàng Chính sách xã hội giải ngân"),
    F("tiền 3,45 tỷ đồng", "3,45", 3.45e9, "money", "đồng", "số tiền Ngân hàng Chính sách xã hội giải ngân"),
    F("bình quân 75 triệu đồng/hộ", "75", 75e6, "money", "đồng/hộ", "mức vay bình quân"),
    F("lãi suất 6,6%/năm", "6,6", 6.6, "percent", "%", "lãi suất vay vốn chính sách"),
]

COMMENTS = [
    "Commune portal (xã Liên Nghĩa, huyện Văn Giang, Hưng Yên): ra quân bóc, xóa quảng cáo tín dụng đen; tin báo; vốn chính sách thay thế.",
    "'Thứ Tư, 20/03/2024 - 09:15' is the dateline. Commune figures take the district (Văn Giang) as location; villages are not locations.",
    "Not figures: 'Sáng 17/3', 'Tỉnh lộ 379', 'khu dân cư số 3' (a name), the phone number, 'số 18 đường Liên Nghĩa'.",
    "The bracketed village items follow 'trong đó' after 1.352 tờ rơi: total 1352 (they need not add up: the rest is unlisted).",
    "'6/7 tin báo (đạt 85,7%)' gives total 7 and percent 85.7. 'Từ đầu năm 2024 đến nay' ends at the dateline.",
    "The loan sentence has no period of its own; the headline has none either. 'chia thành 6 tổ' is the campaign's structure: optional.",
]

if __name__ == "__main__":
    emit("p672-2", TEXT, COMMENTS, FIGS, published="2024-03-20", location="Văn Giang")
