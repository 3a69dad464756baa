"""p1348-8: radio/TV site (Đài PT&TH TP Cần Thơ): 9-month collection of used batteries and e-waste."""
from lib import F, P, I, C, T, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TP CẦN THƠ
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Cần Thơ: 9 tháng thu gom gần 14 tấn pin và rác thải điện tử

Cập nhật lúc 18:45, Thứ Hai, 07/10/2024

Nghe audio | Cỡ chữ A- A+

(CTV) - 9 tháng đầu năm 2024, các quận, huyện trên địa bàn TP Cần Thơ thu gom được 13,8 tấn pin, ắc quy và thiết bị điện tử thải bỏ, bằng 76,7% kế hoạch năm và tăng 2,1 tấn so với cùng kỳ năm 2023. Riêng quý III thu gom 5,2 tấn, cao nhất từ trước đến nay.

Trong 9 tháng, quận Ninh Kiều dẫn đầu với 4,6 tấn, chiếm 33,3%; tiếp đến là quận Cái Răng 2,3 tấn và huyện Phong Điền 1,4 tấn.

Theo Sở Tài nguyên và Môi trường, thành phố hiện có 85 điểm tiếp nhận cố định đặt tại trụ sở UBND phường, xã và 12 siêu thị, cửa hàng điện máy. Từ đầu năm đến nay, các điểm đã tiếp nhận 2.640 lượt người dân mang chất thải đến.

Theo khảo sát của Trường Đại học Cần Thơ, mỗi năm người dân thành phố thải bỏ khoảng 260 tấn rác thải điện tử, trong đó chỉ khoảng 7% được thu gom qua kênh chính thức.

Quý IV/2024, thành phố phấn đấu thu gom thêm ít nhất 4,2 tấn để hoàn thành kế hoạch 18 tấn. Thành phố dự kiến tổ chức 2 đợt cao điểm "Ngày Chủ nhật xanh" vào tháng 11 và tháng 12.

Phóng viên: Minh Khang - Hữu Tài
Bình luận (0)

Tin cùng chuyên mục:
- Cần Thơ: Ra quân làm sạch kênh rạch lần thứ 5
- Quận Bình Thủy tập huấn phân loại rác tại nguồn năm 2024
Đường dây nóng: 0292.3820.888
"""

NINE = P("9 tháng", "2024-01-01", "2024-09-30")
NINE_Y = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_IN = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
NOVDEC = P("tháng 11 và tháng 12", "2024-11-01", "2024-12-31")
PLAN = P("kế hoạch năm", "2024-01-01", "2024-12-31", inherited=True)
SUBJ = "pin, ắc quy và thiết bị điện tử thải bỏ thu gom"

FIGS = [
    F("gần 14 tấn", "14", 14, "measure", "tấn", approx="nearly",
      subject="pin và rác thải điện tử thu gom", period=NINE),
    F("được 13,8 tấn", "13,8", 13.8, "measure", "tấn", percent=76.7,
      change=C("increase", 2.1, "tấn", "cùng kỳ năm 2023"),
      subject="pin, ắc quy và thiết bị điện tử thải bỏ các quận, huyện thu gom", period=NINE_Y),
    F("gom 5,2 tấn", "5,2", 5.2, "measure", "tấn", subject=SUBJ, period=Q3),
    F("với 4,6 tấn", "4,6", 4.6, "measure", "tấn", percent=33.3, subject=SUBJ, period=NINE_IN,
      location="Ninh Kiều"),
    F("Răng 2,3 tấn", "2,3", 2.3, "measure", "tấn", subject=SUBJ, period=NINE_IN, location="Cái Răng"),
    F("Điền 1,4 tấn", "1,4", 1.4, "measure", "tấn", subject=SUBJ, period=NINE_IN, location="Phong Điền"),
    F("có 85 điểm", "85", 85, "count", "điểm", subject="điểm tiếp nhận cố định"),
    F("và 12 siêu thị", "12", 12, "count", "siêu thị, cửa hàng điện máy",
      subject="siêu thị, cửa hàng điện máy đặt điểm tiếp nhận"),
    F("tiếp nhận 2.640 lượt", "2.640", 2640, "count", "lượt",
      subject="lượt người dân mang chất thải đến các điểm", period=YTD),
    F("khoảng 260 tấn", "260", 260, "measure", "tấn/năm", approx="about",
      subject="rác thải điện tử người dân thành phố thải bỏ mỗi năm"),
    F("khoảng 7%", "7", 7, "percent", "%", approx="about",
      subject="tỷ lệ rác thải điện tử được thu gom qua kênh chính thức"),
    F("ít nhất 4,2 tấn", "4,2", 4.2, "measure", "tấn", approx="at_least", status="target",
      subject="khối lượng thu gom thêm", period=Q4),
    F("kế hoạch 18 tấn", "18", 18, "measure", "tấn", status="target",
      subject="kế hoạch thu gom", period=PLAN),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt", status="forecast",
      subject="đợt cao điểm Ngày Chủ nhật xanh", period=NOVDEC),
]

NOTES = [
    "Radio/TV site (Đài PT&TH TP Cần Thơ): menu, 'Cập nhật lúc 18:45, Thứ Hai, 07/10/2024', audio/font furniture, tag '(CTV) -',",
    "reporters, 'Bình luận (0)', related links, hotline. Distractors: 18:45, 'Bình luận (0)', 'lần thứ 5', 'năm 2024' in a link title,",
    "0292.3820.888, 'Ngày Chủ nhật xanh', 'năm 2023' as a baseline.",
    "Headline '9 tháng' takes 2024 from the dateline. '13,8 tấn, bằng 76,7% kế hoạch năm và tăng 2,1 tấn so với cùng kỳ năm 2023'",
    "→ percent 76.7 and change +2.1 tấn. 'Riêng quý III' is not a part-of cue: no total.",
    "List 'quận Ninh Kiều … 4,6 tấn, chiếm 33,3%; … Cái Răng 2,3 tấn và huyện Phong Điền 1,4 tấn': places go to location, the",
    "indicator (tonnes collected) is the subject, no total (no cue). 'chiếm 33,3%' is the share of 4,6 tấn.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-07. 'mỗi năm … khoảng 260 tấn' → tấn/năm, no period (a survey estimate",
    "with 'Theo khảo sát', no cue of the spec: actual). 'trong đó chỉ khoảng 7%' is a percent figure of its own.",
    "'Quý IV/2024, thành phố phấn đấu …' → target; 'kế hoạch 18 tấn' is the year's plan (target, period from 'kế hoạch năm', inherited).",
    "'dự kiến tổ chức 2 đợt … vào tháng 11 và tháng 12' → forecast, 2024-11-01..2024-12-31.",
]

if __name__ == "__main__":
    write("p1348-8", TEXT, NOTES, FIGS, published="2024-10-07", location="Cần Thơ")
