"""p1387-8: radio/TV site (TNTV Thái Nguyên): 6-month training for the semiconductor industry 2024."""
from lib import fig, per, inh, chg, write

TEXT = """TNTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÁI NGUYÊN
Thời sự | Kinh tế | Xã hội | Truyền hình | Phát thanh

Thái Nguyên: 6 tháng đầu năm đào tạo gần 900 lao động ngành bán dẫn

Cập nhật lúc 17:45, 08/07/2024
Nghe bài viết | Xem video (02:35)

TNTV - 6 tháng đầu năm 2024, các cơ sở đào tạo trên địa bàn tỉnh Thái Nguyên đã đào tạo 892 lao động cho ngành điện tử, bán dẫn, tăng 27% so với cùng kỳ năm 2023, đạt 59,5% kế hoạch năm. Riêng quý II đào tạo 510 người, gấp hơn 1,3 lần quý I.

Tại thành phố Phổ Yên, Trung tâm Đào tạo Kỹ thuật Bán dẫn Tân Cương đã tổ chức 4 khóa đào tạo kỹ thuật viên sản xuất chip với 260 học viên, trong đó 215 học viên đã được các doanh nghiệp trong Khu công nghiệp Yên Bình tuyển dụng với mức lương từ 7,5 triệu đồng/tháng trở lên. Trung tâm được đầu tư 12 máy kiểm thử và một phòng sạch tiêu chuẩn ISO 7 rộng 150 m2, tổng kinh phí 35 tỷ đồng.

Trường Đại học Kỹ thuật Gia Sàng năm nay mở mới ngành thiết kế vi mạch với 120 chỉ tiêu; điểm trúng tuyển dự kiến khoảng 22 điểm. Nhà trường đã cử ba chục giảng viên đi bồi dưỡng chuyên môn tại Hàn Quốc và Đài Loan (Trung Quốc).

Theo Sở Lao động - Thương binh và Xã hội, 6 tháng cuối năm, tỉnh phấn đấu đào tạo thêm khoảng 600 lao động, nâng tổng số cả năm lên gần 1.500 người. Dự báo đến năm 2030, nhu cầu nhân lực ngành bán dẫn của tỉnh khoảng 12.000 người, trong đó lao động qua đào tạo chiếm tối thiểu 85%.

Thu Hà - Quốc Việt

Bình luận (0)
"""

H1H = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
PY = "Phổ Yên"

FIGS = [
    fig("gần 900 lao động", "900", 900, "count", "lao động", approx="nearly",
        subject="lao động ngành bán dẫn được đào tạo", period=H1H),
    fig("đào tạo 892 lao động", "892", 892, "count", "lao động", percent=59.5,
        change=chg("increase", 27, "%", "cùng kỳ năm 2023"),
        subject="lao động được đào tạo cho ngành điện tử, bán dẫn", period=H1),
    fig("đào tạo 510 người", "510", 510, "count", "người",
        change=chg("increase", 1.3, "lần", "quý I", approx="over"),
        subject="người được đào tạo", period=Q2),
    fig("tổ chức 4 khóa", "4", 4, "count", "khóa", subject="khóa đào tạo kỹ thuật viên sản xuất chip",
        location=PY),
    fig("với 260 học viên", "260", 260, "count", "học viên", subject="học viên các khóa đào tạo", location=PY),
    fig("trong đó 215 học viên", "215", 215, "count", "học viên", total=260,
        subject="học viên được các doanh nghiệp tuyển dụng", location=PY),
    fig("từ 7,5 triệu", "7,5", 7.5e6, "money", "đồng/tháng", approx="at_least", subject="mức lương",
        location=PY),
    fig("12 máy kiểm thử", "12", 12, "count", "máy kiểm thử", subject="máy kiểm thử trung tâm được đầu tư",
        location=PY),
    fig("một phòng sạch", "một", 1, "count", "phòng sạch", subject="phòng sạch tiêu chuẩn ISO 7 trung tâm được đầu tư",
        location=PY),
    fig("rộng 150 m2", "150", 150, "measure", "m2", subject="diện tích phòng sạch", location=PY),
    fig("kinh phí 35 tỷ", "35", 35e9, "money", "đồng", subject="tổng kinh phí đầu tư trung tâm", location=PY),
    fig("với 120 chỉ tiêu", "120", 120, "count", "chỉ tiêu", subject="chỉ tiêu ngành thiết kế vi mạch",
        period=NOW),
    fig("khoảng 22 điểm", "22", 22, "measure", "điểm", approx="about", status="forecast",
        subject="điểm trúng tuyển", period=NOW),
    fig("cử ba chục", "ba chục", 30, "count", "giảng viên",
        subject="giảng viên được cử đi bồi dưỡng chuyên môn"),
    fig("thêm khoảng 600", "600", 600, "count", "lao động", approx="about", status="target",
        subject="lao động đào tạo thêm", period=H2),
    fig("gần 1.500 người", "1.500", 1500, "count", "người", approx="nearly", status="target",
        subject="tổng số lao động đào tạo cả năm", period=YEAR),
    fig("khoảng 12.000 người", "12.000", 12000, "count", "người", approx="about", status="forecast",
        subject="nhu cầu nhân lực ngành bán dẫn của tỉnh", period=T30),
    fig("tối thiểu 85%", "85", 85, "percent", "%", approx="at_least", status="forecast",
        subject="tỷ lệ lao động qua đào tạo", period=T30),
]

NOTES = [
    "revised after the first run: 'một phòng sạch' subject now keeps the sentence's own qualifier 'tiêu chuẩn ISO 7'.",
    "Radio/TV site (TNTV Thái Nguyên): menu, 'Cập nhật lúc 17:45, 08/07/2024', audio/video bar, tag 'TNTV -', bylines, 'Bình luận (0)'. Location Thái Nguyên.",
    "Distractors: 17:45, video length (02:35), 'Bình luận (0)', 'ISO 7' (a standard's name), 'Khu công nghiệp Yên Bình'.",
    "Headline '6 tháng đầu năm ... gần 900' takes 2024 from published. 'Riêng quý II ... gấp hơn 1,3 lần quý I' → change 1.3 lần, over; 'Riêng' is no total cue.",
    "Phổ Yên passage: location Phổ Yên; 'trong đó 215 học viên' → total 260; 'từ 7,5 triệu đồng/tháng trở lên' → at_least (từ … trở lên = at least).",
    "'một phòng sạch' and 'ba chục giảng viên' are number words (1, 30). Foreign countries (Hàn Quốc, Đài Loan) are not places of a figure.",
    "'năm nay' = 2024; 'điểm trúng tuyển dự kiến' → forecast. '6 tháng cuối năm', 'cả năm' → 2024, target (phấn đấu). 'Dự báo đến năm 2030' → forecast for both clauses.",
]

if __name__ == "__main__":
    write("p1387-8", TEXT, NOTES, FIGS, published="2024-07-08", location="Thái Nguyên")
