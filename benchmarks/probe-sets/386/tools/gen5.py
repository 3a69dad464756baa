from lib import F, P, CH, TG, emit

TEXT = """BÁO QUẢNG NGÃI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG NGÃI
Giáo dục

Kiên cố hóa trường lớp mầm non: nỗ lực xóa phòng học tạm
HOÀNG TRÂM 07:45, 25/10/2024

(BQN) - Giai đoạn 2021-2025, tỉnh Quảng Ngãi bố trí hơn 1.150 tỷ đồng để đầu tư cơ sở vật chất cho giáo dục mầm non, trong đó ngân sách Trung ương hỗ trợ 482 tỷ đồng, còn lại là ngân sách tỉnh và huyện.

Từ năm 2021 đến nay, toàn tỉnh đã xây mới 687 phòng học, cải tạo, sửa chữa 415 phòng học; suất đầu tư bình quân từ 1,3 đến 1,6 tỷ đồng/phòng. Nhờ đó, tỷ lệ phòng học kiên cố của bậc mầm non tăng từ 68,2% năm 2020 lên 81,5% tính đến tháng 9/2024. Tuy vậy, tỷ lệ này ở các huyện miền núi vẫn thấp: Ba Tơ 64,7%, Sơn Tây 66,3%, Minh Long 69,8%, trong khi TP Quảng Ngãi đã đạt 97,1%.

Toàn tỉnh hiện còn 126 phòng học tạm, phòng học nhờ ở bậc mầm non, giảm 214 phòng so với năm 2020; khoảng 35% điểm trường lẻ ở vùng núi chưa có nhà vệ sinh đạt chuẩn, gần 40 điểm trường chưa có nguồn nước sạch. Như Trường Mầm non 19/5 ở huyện Ba Tơ hiện vẫn phải mượn 3 phòng học của trường tiểu học để bố trí cho 4 lớp mẫu giáo.

Theo kế hoạch, đến năm 2025 tỉnh phấn đấu tỷ lệ phòng học kiên cố mầm non đạt 85% trở lên, xóa toàn bộ phòng học tạm; giai đoạn 2026-2030 dự kiến cần thêm khoảng 900 tỷ đồng.

Ông Nguyễn Văn Tám, Phó Giám đốc Sở GD&ĐT cho biết, Sở đã tham mưu UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về phát triển giáo dục mầm non, ưu tiên vốn cho các xã đặc biệt khó khăn thuộc Chương trình 135.
"""

G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
S = P("Từ năm 2021 đến nay", "2021-01-01", "2024-10-25")
A9 = P("tính đến tháng 9/2024", None, "2024-09-30")
A9i = P("tính đến tháng 9/2024", None, "2024-09-30", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")
G30 = P("giai đoạn 2026-2030", "2026-01-01", "2030-12-31")

FIGS = [
    F("hơn 1.150 tỷ đồng", "1.150", 1150000000000, "money", "đồng", "vốn đầu tư cơ sở vật chất cho giáo dục mầm non", G,
      approx="over"),
    F("hỗ trợ 482 tỷ đồng", "482", 482000000000, "money", "đồng", "ngân sách Trung ương hỗ trợ", G, total=1150000000000),
    F("xây mới 687 phòng học", "687", 687, "count", "phòng học", "phòng học xây mới", S),
    F("sửa chữa 415 phòng học", "415", 415, "count", "phòng học", "phòng học cải tạo, sửa chữa", S),
    F("từ 1,3 đến 1,6 tỷ", "1,3", 1300000000, "money", "đồng/phòng", "suất đầu tư bình quân", S, value_max=1600000000),
    F("từ 68,2% năm 2020", "68,2", 68.2, "percent", "%", "tỷ lệ phòng học kiên cố của bậc mầm non",
      P("năm 2020", "2020-01-01", "2020-12-31")),
    F("lên 81,5%", "81,5", 81.5, "percent", "%", "tỷ lệ phòng học kiên cố của bậc mầm non", A9),
    F("Ba Tơ 64,7%", "64,7", 64.7, "percent", "%", "tỷ lệ phòng học kiên cố", A9i, location="Ba Tơ"),
    F("Sơn Tây 66,3%", "66,3", 66.3, "percent", "%", "tỷ lệ phòng học kiên cố", A9i, location="Sơn Tây"),
    F("Minh Long 69,8%", "69,8", 69.8, "percent", "%", "tỷ lệ phòng học kiên cố", A9i, location="Minh Long"),
    F("đã đạt 97,1%", "97,1", 97.1, "percent", "%", "tỷ lệ phòng học kiên cố", A9i, location="Quảng Ngãi"),
    F("còn 126 phòng học", "126", 126, "count", "phòng học", "phòng học tạm, phòng học nhờ ở bậc mầm non", A9i,
      change=CH("decrease", 214, "phòng", "năm 2020")),
    F("khoảng 35% điểm", "35", 35, "percent", "%", "điểm trường lẻ ở vùng núi chưa có nhà vệ sinh đạt chuẩn", A9i,
      approx="about"),
    F("gần 40 điểm", "40", 40, "count", "điểm trường", "điểm trường chưa có nguồn nước sạch", A9i, approx="nearly"),
    F("mượn 3 phòng học", "3", 3, "count", "phòng học", "phòng học mượn của trường tiểu học", A9i, location="Ba Tơ"),
    F("cho 4 lớp", "4", 4, "count", "lớp", "lớp mẫu giáo", A9i, location="Ba Tơ"),
    F("đạt 85% trở lên", "85", 85, "percent", "%", "tỷ lệ phòng học kiên cố mầm non", T25, approx="at_least",
      status="target"),
    F("khoảng 900 tỷ đồng", "900", 900000000000, "money", "đồng", "vốn cần thêm", G30, approx="about",
      status="forecast"),
]

COMMENTS = [
    "Báo Quảng Ngãi (Party newspaper): kiên cố hóa phòng học mầm non, giai đoạn 2021-2025. Byline+dateline 'HOÀNG TRÂM 07:45, 25/10/2024'.",
    "Distractors: 'Trường Mầm non 19/5' (a name with a date), Kế hoạch số 45/KH-UBND, 'Chương trình 135', '(BQN)', 'giai đoạn 2026-2030' as a period.",
    "'Từ năm 2021 đến nay' ends at the dateline (2024-10-25). 'tăng từ 68,2% năm 2020 lên 81,5% tính đến tháng 9/2024': two levels, no change",
    "value stated, so no change attribute. District list (Ba Tơ, Sơn Tây, Minh Long, TP Quảng Ngãi) → locations; the city keeps 'Quảng Ngãi'.",
    "'giảm 214 phòng so với năm 2020' is the change of 126 phòng học. 'trong đó ngân sách Trung ương hỗ trợ 482 tỷ' is a part of 1.150 tỷ.",
    "'85% trở lên' → at_least, target; 'dự kiến cần thêm khoảng 900 tỷ đồng' → forecast for giai đoạn 2026-2030.",
]

if __name__ == "__main__":
    emit("p386-5", TEXT, COMMENTS, FIGS, published="2024-10-25", location="Quảng Ngãi")
