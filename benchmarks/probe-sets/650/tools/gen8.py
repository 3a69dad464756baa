"""p650-8: commune portal (xã Quảng Sơn, Đắk Glong, Đắk Nông) — dog/cat census by village, vaccination round, funding, stray dogs."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG SƠN
Huyện Đắk Glong - Tỉnh Đắk Nông

Quảng Sơn: Điều tra đàn chó, mèo và tiêm phòng dại năm 2023

Ngày đăng: 05/09/2023 15:42

Thực hiện Kế hoạch số 27/KH-UBND ngày 10/7/2023 của UBND xã, từ ngày 15/7 đến 15/8/2023, Ban Thú y xã phối hợp với các thôn, bon điều tra, thống kê đàn chó, mèo trên địa bàn. Kết quả, toàn xã có 1.146 hộ nuôi với 1.873 con chó và 402 con mèo, bình quân 1,6 con chó/hộ. Chó nuôi tập trung nhiều ở Thôn 1 (286 con), Thôn 3 (241 con), bon Sa Ú (198 con) và Thôn 7 (176 con).

Đợt tiêm phòng từ ngày 20/8 đến 30/8/2023 đã tiêm được 1.428 con chó và 215 con mèo, nâng tỷ lệ tiêm phòng của đàn chó lên 76,2%, tăng 21,5 điểm phần trăm so với năm 2022. Kinh phí thực hiện là 48,5 triệu đồng, trong đó ngân sách huyện hỗ trợ 32 triệu đồng, người dân đóng góp 16,5 triệu đồng (mức thu 10.000 đồng/con).

Từ tháng 6 đến nay, xã đã bắt giữ 17 con chó thả rông, tiêu hủy 3 con chó nghi dại. Trong 8 tháng năm 2023, có 23 người dân trong xã bị chó cắn phải đi tiêm phòng tại Trung tâm Y tế huyện, không có ca tử vong.

Năm 2024, xã phấn đấu tỷ lệ tiêm phòng dại cho đàn chó đạt trên 85%, 100% hộ nuôi chó ký cam kết không thả rông.

Mọi phản ánh về chó thả rông, chó nghi dại, người dân liên hệ cán bộ thú y xã, điện thoại 0912.345.678.
"""

CENSUS = P("từ ngày 15/7 đến 15/8/2023", "2023-07-15", "2023-08-15")
ROUND = P("từ ngày 20/8 đến 30/8/2023", "2023-08-20", "2023-08-30")
SINCE = P("Từ tháng 6 đến nay", "2023-06-01", "2023-09-05")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 1.146 hộ", "1.146", 1146, "count", "hộ", "hộ nuôi chó, mèo", I(CENSUS)),
    F("1.873 con chó", "1.873", 1873, "count", "con", "chó", I(CENSUS)),
    F("402 con mèo", "402", 402, "count", "con", "mèo", I(CENSUS)),
    F("1,6 con chó/hộ", "1,6", 1.6, "measure", "con chó/hộ", "bình quân số chó mỗi hộ nuôi", I(CENSUS)),
    F("Thôn 1 (286 con)", "286", 286, "count", "con", "chó nuôi ở Thôn 1", I(CENSUS)),
    F("Thôn 3 (241 con)", "241", 241, "count", "con", "chó nuôi ở Thôn 3", I(CENSUS)),
    F("bon Sa Ú (198 con)", "198", 198, "count", "con", "chó nuôi ở bon Sa Ú", I(CENSUS)),
    F("Thôn 7 (176 con)", "176", 176, "count", "con", "chó nuôi ở Thôn 7", I(CENSUS)),
    F("1.428 con chó", "1.428", 1428, "count", "con", "chó được tiêm phòng dại", ROUND),
    F("215 con mèo", "215", 215, "count", "con", "mèo được tiêm phòng dại", ROUND),
    F("lên 76,2%", "76,2", 76.2, "percent", "%", "tỷ lệ tiêm phòng của đàn chó", ROUND,
      change=CH("increase", 21.5, "điểm phần trăm", "năm 2022")),
    F("là 48,5 triệu đồng", "48,5", 48.5e6, "money", "đồng", "kinh phí thực hiện đợt tiêm phòng", I(ROUND)),
    F("hỗ trợ 32 triệu đồng", "32", 32e6, "money", "đồng", "ngân sách huyện hỗ trợ", I(ROUND), total=48.5e6),
    F("góp 16,5 triệu đồng", "16,5", 16.5e6, "money", "đồng", "người dân đóng góp", I(ROUND), total=48.5e6),
    F("10.000 đồng/con", "10.000", 10000, "money", "đồng/con", "mức thu"),
    F("17 con chó", "17", 17, "count", "con", "chó thả rông bị bắt giữ", SINCE),
    F("hủy 3 con chó", "3", 3, "count", "con", "chó nghi dại bị tiêu hủy", SINCE),
    F("có 23 người", "23", 23, "count", "người", "người dân bị chó cắn phải đi tiêm phòng",
      P("Trong 8 tháng năm 2023", "2023-01-01", "2023-08-31")),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ tiêm phòng dại cho đàn chó", Y24, approx="over", status="target"),
    F("100% hộ", "100", 100, "percent", "%", "hộ nuôi chó ký cam kết không thả rông", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT xã Quảng Sơn (huyện Đắk Glong, Đắk Nông): điều tra đàn chó/mèo 2023 theo thôn, đợt tiêm phòng dại, kinh phí, chó thả rông, người bị cắn.",
    "'Ngày đăng: 05/09/2023 15:42' gives published ('Từ tháng 6 đến nay' ends there). 'Kế hoạch số 27/KH-UBND ngày 10/7/2023', 'Thôn 1/3/7' (names),",
    "the phone '0912.345.678' are not figures. Location is the commune (a commune portal; its villages are no place in the spec's sense, so the",
    "village stays in the subject). Village items neither follow a cue nor add up: no total. 'trong đó' money parts add up to 48,5 triệu: total.",
    "'lên 76,2%, tăng 21,5 điểm phần trăm' is a level with its change (unit điểm phần trăm). 'phấn đấu' governs both 2024 targets.",
]

if __name__ == "__main__":
    emit("p650-8", TEXT, COMMENTS, FIGS, published="2023-09-05", location="Quảng Sơn")
