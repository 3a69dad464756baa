"""p1343-8: radio/TV site (Đài PT-TH TP Cần Thơ): job fair for people with disabilities, city job figures."""
from lib import fig, per, inh, chg, write

TEXT = """CANTHOTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Kinh tế | Xã hội | Video | Podcast

Hơn 450 vị trí việc làm dành cho người khuyết tật

Thứ Năm, 27/06/2024 - 16:20

(THCT) - Sáng 27/6, Trung tâm Dịch vụ việc làm TP Cần Thơ tổ chức phiên giao dịch việc làm chuyên đề dành cho người khuyết tật lần thứ 12 tại số 14 đường 30/4, phường Xuân Khánh, quận Ninh Kiều.

Phiên giao dịch thu hút 23 doanh nghiệp tham gia với hơn 450 vị trí việc làm, chủ yếu là may mặc, thủ công mỹ nghệ, chăm sóc khách hàng và nhập liệu. Mức lương khởi điểm từ 5 đến 7 triệu đồng/tháng. Kết quả, có 186 lượt người khuyết tật được tư vấn, 64 người được sơ tuyển, trong đó 21 người được nhận việc ngay tại phiên.

6 tháng đầu năm, Trung tâm đã tư vấn, giới thiệu việc làm cho 1.320 lượt lao động, trong đó 142 lượt người khuyết tật, gấp 1,5 lần cùng kỳ năm 2023. Ngân hàng Chính sách xã hội thành phố đã giải ngân 1,85 tỷ đồng cho 32 lao động khuyết tật vay vốn tạo việc làm.

Theo Sở Lao động - Thương binh và Xã hội, Cần Thơ hiện có hơn 21.600 người khuyết tật, trong đó gần 9.000 người trong độ tuổi lao động. Tỷ lệ người khuyết tật có việc làm của thành phố xếp thứ ba khu vực Đồng bằng sông Cửu Long.

Năm 2024, thành phố phấn đấu giới thiệu việc làm cho ít nhất 300 lượt người khuyết tật; dự kiến tổ chức thêm hai phiên giao dịch chuyên đề trong 6 tháng cuối năm.

Hải Yến - Minh Quân
Đường dây nóng: 0292.3820.115
"""

DAY = per("Sáng 27/6", "2024-06-27", "2024-06-27")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    fig("Hơn 450 vị trí", "450", 450, "count", "vị trí", approx="over",
        subject="vị trí việc làm dành cho người khuyết tật"),
    fig("hút 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
        subject="doanh nghiệp tham gia phiên giao dịch", period=inh(DAY)),
    fig("hơn 450 vị trí", "450", 450, "count", "vị trí", approx="over",
        subject="vị trí việc làm", period=inh(DAY)),
    fig("từ 5 đến 7 triệu", "5", 5e6, "money", "đồng/tháng", value_max=7e6, subject="mức lương khởi điểm"),
    fig("có 186 lượt", "186", 186, "count", "lượt",
        subject="lượt người khuyết tật được tư vấn", period=inh(DAY)),
    fig("64 người", "64", 64, "count", "người", subject="người được sơ tuyển", period=inh(DAY)),
    fig("trong đó 21 người", "21", 21, "count", "người", total=64,
        subject="người được nhận việc ngay tại phiên", period=inh(DAY)),
    fig("cho 1.320 lượt", "1.320", 1320, "count", "lượt",
        subject="lượt lao động được tư vấn, giới thiệu việc làm", period=H1),
    fig("trong đó 142 lượt", "142", 142, "count", "lượt", total=1320,
        change=chg("increase", 1.5, "lần", "cùng kỳ năm 2023"),
        subject="lượt người khuyết tật được tư vấn, giới thiệu việc làm", period=H1),
    fig("giải ngân 1,85 tỷ", "1,85", 1.85e9, "money", "đồng",
        subject="vốn giải ngân cho lao động khuyết tật vay tạo việc làm", period=inh(H1)),
    fig("cho 32 lao động", "32", 32, "count", "lao động",
        subject="lao động khuyết tật vay vốn tạo việc làm", period=inh(H1)),
    fig("hơn 21.600 người", "21.600", 21600, "count", "người", approx="over", subject="người khuyết tật"),
    fig("gần 9.000 người", "9.000", 9000, "count", "người", approx="nearly", total=21600,
        subject="người khuyết tật trong độ tuổi lao động"),
    fig("xếp thứ ba", "ba", 3, "rank", "hạng",
        subject="tỷ lệ người khuyết tật có việc làm"),
    fig("ít nhất 300 lượt", "300", 300, "count", "lượt", approx="at_least", status="target",
        subject="lượt người khuyết tật được giới thiệu việc làm", period=Y24),
    fig("thêm hai phiên", "hai", 2, "count", "phiên", status="forecast",
        subject="phiên giao dịch chuyên đề tổ chức thêm", period=H2),
]

NOTES = [
    "Radio/TV site (Đài PT-TH TP Cần Thơ): menu, headline, 'Thứ Năm, 27/06/2024 - 16:20', tag '(THCT) -', bylines, hotline.",
    "Distractors: 16:20, 'Sáng 27/6' (event date), 'lần thứ 12', 'số 14 đường 30/4' (address with a date-like road name), 'quận Ninh Kiều', phone 0292.3820.115.",
    "Event figures stand in sentences after the one with 'Sáng 27/6': inherited one-day period. The venue's district is an address: location stays Cần Thơ.",
    "Headline 'Hơn 450 vị trí' is its own figure. 21 after 'trong đó' takes total 64 (the figure the cue follows), not 186.",
    "'trong đó 142 lượt người khuyết tật, gấp 1,5 lần cùng kỳ năm 2023' -> total 1.320 and change increase 1,5 lần.",
    "'xếp thứ ba khu vực Đồng bằng sông Cửu Long' -> rank 3 of the city, location Cần Thơ.",
    "'Năm 2024, thành phố phấn đấu ...' target; 'dự kiến ... hai phiên ... trong 6 tháng cuối năm' forecast, period 2024-07-01..2024-12-31.",
]

if __name__ == "__main__":
    write("p1343-8", TEXT, NOTES, FIGS, published="2024-06-27", location="Cần Thơ")
