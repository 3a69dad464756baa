"""p1256-2: district portal (huyện Quỳnh Lưu, Nghệ An): lifejackets and rescue boats for fishermen, 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲNH LƯU - TỈNH NGHỆ AN
Trang chủ | Tin tức - Sự kiện | Kinh tế | Quốc phòng - An ninh

Trang bị áo phao, phao cứu sinh cho ngư dân trước mùa mưa bão

Ngày đăng: 05/08/2023 - 15:20

Sáng 4/8, UBND huyện Quỳnh Lưu phối hợp Đồn Biên phòng Quỳnh Phương tổ chức trao 350 áo phao và 120 phao tròn cho ngư dân các xã Quỳnh Long, Quỳnh Thuận, Tiến Thủy. Mỗi chiếc áo phao đạt tiêu chuẩn có giá từ 250.000 đến 320.000 đồng.

Toàn huyện hiện có 1.238 tàu cá, trong đó 312 tàu hoạt động xa bờ, với khoảng 5.600 lao động thường xuyên bám biển. Huyện đã thành lập ba chục tổ đoàn kết trên biển. 7 tháng đầu năm 2023, tỷ lệ tàu cá trang bị đủ áo phao, phao cứu sinh theo quy định đạt 92,5%, tăng 4,3 điểm phần trăm so với cùng kỳ; còn 93 tàu chưa trang bị đủ.

Năm 2022, trên địa bàn huyện xảy ra 3 vụ tai nạn trên biển làm 2 ngư dân tử vong. Từ đầu năm đến nay chưa để xảy ra thiệt hại về người; Trạm cứu hộ cứu nạn Lạch Quèn đã phối hợp cứu được 4 tàu và 27 ngư dân gặp nạn.

Huyện đã đầu tư 2 xuồng cứu hộ composite QL-01, QL-02 với tổng kinh phí 1,85 tỷ đồng, bố trí tại cảng cá Lạch Quèn. Dự kiến đến cuối năm 2023, huyện trang bị thêm khoảng 1.000 áo phao cho ngư dân, phấn đấu 100% tàu cá ra khơi có đủ trang thiết bị an toàn.

Địa chỉ: Số 46 đường Hồ Tùng Mậu, thị trấn Cầu Giát, huyện Quỳnh Lưu
Điện thoại: 0238.3864.125
"""

DAY = per("Sáng 4/8", "2023-08-04", "2023-08-04")
M7 = per("7 tháng đầu năm 2023", "2023-01-01", "2023-07-31")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
YTD = per("Từ đầu năm đến nay", "2023-01-01", "2023-08-05")
EOY = per("đến cuối năm 2023", None, "2023-12-31")

FIGS = [
    fig("trao 350 áo phao", "350", 350, "count", "áo phao", subject="áo phao trao cho ngư dân", period=DAY),
    fig("120 phao tròn", "120", 120, "count", "phao tròn", subject="phao tròn trao cho ngư dân", period=DAY),
    fig("từ 250.000 đến 320.000", "250.000", 250000, "money", "đồng/chiếc", value_max=320000,
        subject="giá áo phao đạt tiêu chuẩn"),
    fig("có 1.238 tàu", "1.238", 1238, "count", "tàu cá", subject="tàu cá"),
    fig("312 tàu hoạt động", "312", 312, "count", "tàu", total=1238, subject="tàu hoạt động xa bờ"),
    fig("khoảng 5.600 lao động", "5.600", 5600, "count", "lao động", approx="about",
        subject="lao động thường xuyên bám biển"),
    fig("ba chục tổ", "ba chục", 30, "count", "tổ đoàn kết", subject="tổ đoàn kết trên biển huyện đã thành lập"),
    fig("đạt 92,5%", "92,5", 92.5, "percent", "%",
        change=chg("increase", 4.3, "điểm phần trăm", "cùng kỳ"),
        subject="tỷ lệ tàu cá trang bị đủ áo phao, phao cứu sinh theo quy định", period=M7),
    fig("còn 93 tàu", "93", 93, "count", "tàu", subject="tàu chưa trang bị đủ áo phao, phao cứu sinh", period=M7),
    fig("xảy ra 3 vụ", "3", 3, "count", "vụ", subject="vụ tai nạn trên biển", period=Y22),
    fig("làm 2 ngư dân", "2", 2, "count", "ngư dân", subject="ngư dân tử vong", period=Y22),
    fig("cứu được 4 tàu", "4", 4, "count", "tàu", subject="tàu gặp nạn được cứu", period=YTD),
    fig("27 ngư dân gặp nạn", "27", 27, "count", "ngư dân", subject="ngư dân gặp nạn được cứu", period=YTD),
    fig("đầu tư 2 xuồng", "2", 2, "count", "xuồng cứu hộ", subject="xuồng cứu hộ composite huyện đầu tư"),
    fig("kinh phí 1,85 tỷ", "1,85", 1.85e9, "money", "đồng", subject="tổng kinh phí đầu tư xuồng cứu hộ"),
    fig("khoảng 1.000 áo phao", "1.000", 1000, "count", "áo phao", approx="about", status="forecast",
        subject="áo phao huyện trang bị thêm cho ngư dân", period=EOY),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tàu cá ra khơi có đủ trang thiết bị an toàn", period=EOY),
]

NOTES = [
    "District portal (huyện Quỳnh Lưu, Nghệ An): banner naming the district, 'Ngày đăng: 05/08/2023 - 15:20', address and phone footer.",
    "Distractors: 15:20, 'Sáng 4/8' (a day, used as period), QL-01/QL-02 boat names, 'Số 46', phone 0238.3864.125, 'năm 2022' as period only.",
    "All figures describe the district: location Quỳnh Lưu. 'ba chục tổ' = 30 (number word).",
    "92,5% is a share (a level), so 'tăng 4,3 điểm phần trăm so với cùng kỳ' is its change. '93 tàu' after 'còn' has no part-of cue: no total.",
    "'Dự kiến đến cuối năm 2023 ...' → forecast; 'phấn đấu 100%' in the same sentence has its own cue → target; both take 'đến cuối năm 2023'.",
]

if __name__ == "__main__":
    write("p1256-2", TEXT, NOTES, FIGS, published="2023-08-05", location="Quỳnh Lưu")
