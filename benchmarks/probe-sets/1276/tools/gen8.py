"""p1276-8: radio/TV site (Đài PT-TH Quảng Trị, QTTV): mừng thọ đầu xuân Ất Tỵ 2025 in huyện Hải Lăng."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """QTTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG TRỊ
Truyền hình | Phát thanh | Thời sự | Xã hội | Video | Lịch phát sóng

Hải Lăng: Gần 4 nghìn người cao tuổi được mừng thọ đầu xuân

Đăng lúc: 10/02/2025 - 19:45 | Chia sẻ

(QTTV) Những ngày đầu xuân Ất Tỵ 2025, Hội Người cao tuổi huyện Hải Lăng phối hợp với các xã, thị trấn tổ chức mừng thọ cho 3.968 hội viên, tăng 214 người so với năm trước; trong đó có 56 cụ bách niên. Năm nay, ngoài quà của Chủ tịch nước và UBND tỉnh, huyện trích ngân sách tặng thêm mỗi cụ bách niên 1 triệu đồng.

Tổng kinh phí mừng thọ năm 2025 ước đạt 1,45 tỷ đồng, trong đó các dòng họ, con cháu và nhà hảo tâm đóng góp khoảng 60%.

Tại xã Hải Quy, lễ mừng thọ tập trung được tổ chức cho hơn hai chục cụ. Cụ Lê Văn Nghệ, 101 tuổi, nguyên là du kích thời chống Mỹ, vẫn đọc báo hằng ngày không cần kính.

Hội Người cao tuổi huyện hiện có 12.430 hội viên, chiếm 96,5% số người cao tuổi toàn huyện. Các câu lạc bộ dưỡng sinh duy trì sinh hoạt 3-4 buổi/tuần, mỗi buổi khoảng 60 phút. Năm 2025, Hội phấn đấu kết nạp thêm 300 hội viên, vận động quỹ chăm sóc người cao tuổi đạt từ 400 đến 450 triệu đồng.

Bản tin Thời sự QTTV phát sóng lúc 18h30 hằng ngày trên kênh QTTV.

Video liên quan:
- Triệu Phong: Ra mắt câu lạc bộ liên thế hệ tự giúp nhau
- Đại hội Hội Người cao tuổi huyện Hải Lăng lần thứ VII

Địa chỉ: 31 Hùng Vương, TP Đông Hà. Đường dây nóng: 0233.3852.247
"""

Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
Y25b = per("Năm 2025", "2025-01-01", "2025-12-31")
NOW = per("Năm nay", "2025-01-01", "2025-12-31")

FIGS = [
    fig("Gần 4 nghìn", "4", 4000, "count", "người cao tuổi", approx="nearly",
        subject="người cao tuổi được mừng thọ đầu xuân"),
    fig("cho 3.968 hội viên", "3.968", 3968, "count", "hội viên",
        change=chg("increase", 214, "người", "năm trước"), subject="hội viên được mừng thọ"),
    fig("có 56 cụ", "56", 56, "count", "cụ", total=3968, subject="cụ bách niên được mừng thọ"),
    fig("bách niên 1 triệu", "1", 1e6, "money", "đồng", subject="tiền huyện tặng thêm mỗi cụ bách niên",
        period=NOW),
    fig("ước đạt 1,45 tỷ", "1,45", 1.45e9, "money", "đồng", status="estimate",
        subject="tổng kinh phí mừng thọ", period=Y25),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about", status="estimate",
        subject="tỷ lệ kinh phí do các dòng họ, con cháu và nhà hảo tâm đóng góp", period=Y25),
    fig("hơn hai chục", "hai chục", 20, "count", "cụ", approx="over",
        subject="cụ được mừng thọ tập trung tại xã Hải Quy"),
    fig("Nghệ, 101 tuổi", "101", 101, "measure", "tuổi", subject="tuổi của cụ Lê Văn Nghệ"),
    fig("có 12.430 hội viên", "12.430", 12430, "count", "hội viên", percent=96.5,
        subject="hội viên Hội Người cao tuổi huyện"),
    fig("3-4 buổi", "3", 3, "measure", "buổi/tuần", value_max=4,
        subject="sinh hoạt của các câu lạc bộ dưỡng sinh"),
    fig("khoảng 60 phút", "60", 60, "measure", "phút", approx="about",
        subject="thời gian mỗi buổi sinh hoạt câu lạc bộ dưỡng sinh"),
    fig("thêm 300 hội viên", "300", 300, "count", "hội viên", status="target",
        subject="hội viên kết nạp thêm", period=Y25b),
    fig("từ 400 đến 450", "400", 400e6, "money", "đồng", value_max=450e6, status="target",
        subject="quỹ chăm sóc người cao tuổi vận động", period=Y25b),
]

NOTES = [
    "Radio/TV site (QTTV): channel banner, menu with 'Lịch phát sóng', 'Đăng lúc: 10/02/2025 - 19:45 | Chia sẻ', '(QTTV)' lead, broadcast",
    "note, 'Video liên quan', address and hotline. Default location Hải Lăng (a district of Quảng Trị); xã Hải Quy is a commune in it.",
    "Distractors: 'xuân Ất Tỵ 2025', 19:45, '18h30', 'lần thứ VII', '31 Hùng Vương', 'TP Đông Hà', hotline 0233.3852.247.",
    "'tăng 214 người so với năm trước' → change in người (the whole is counted in hội viên). 56 cụ bách niên: part of 3.968 ('trong đó').",
    "'Năm nay ... tặng thêm mỗi cụ bách niên 1 triệu đồng' → money, period năm nay = 2025.",
    "'ước đạt 1,45 tỷ đồng, trong đó ... đóng góp khoảng 60%': a percent figure in its own right (after 'trong đó', with no base amount",
    "of its own), estimate as it continues the 'ước đạt' clause. 'hơn hai chục cụ' = over 20 (number word).",
    "'3-4 buổi/tuần' a range rate (measure). 'Năm 2025, Hội phấn đấu ...' governs both clauses (target); 'từ 400 đến 450 triệu' a range.",
    "The first paragraph ('Những ngày đầu xuân Ất Tỵ 2025') has no period phrase of the spec's kind: no period for 3.968 and 56.",
]

if __name__ == "__main__":
    write("p1276-8", TEXT, NOTES, FIGS, published="2025-02-10", location="Hải Lăng")
