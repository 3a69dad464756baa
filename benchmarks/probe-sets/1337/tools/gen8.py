"""p1337-8: radio/TV site (LA34, Long An): teachers leaving the profession, recruitment, support for students."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """LA34 - Đài Phát thanh và Truyền hình Long An
Thời sự | Video | Phát thanh | Truyền hình trực tiếp

Giáo viên nghỉ việc tăng, Long An tìm cách giữ người

14/10/2024 18:30 | Thời sự 18h

(LA34) - Từ đầu năm đến nay, toàn tỉnh Long An có 137 giáo viên xin nghỉ việc, chuyển công tác ra ngoài ngành. Con số này gấp 2 lần cùng kỳ năm 2023. Trong đó, cấp tiểu học 58 người, mầm non 41 người, THCS 26 người, THPT 12 người.

Nguyên nhân chủ yếu là áp lực công việc và thu nhập thấp. Theo khảo sát của Công đoàn ngành Giáo dục với 1.520 giáo viên, có 64,3% cho biết thu nhập không đủ trang trải cuộc sống; gần 30% giáo viên trẻ từng có ý định bỏ nghề.

Năm học 2024-2025, ngành giáo dục Long An cần tuyển 860 giáo viên nhưng qua 2 đợt xét tuyển chỉ tuyển được 512 người, đạt 59,5%. Ông Trần Minh Phúc, Phó Giám đốc Sở Giáo dục và Đào tạo cho biết, tỉnh đang xếp thứ 5/13 tỉnh, thành vùng Đồng bằng sông Cửu Long về tỷ lệ giáo viên nghỉ việc.

Để giữ chân và tạo nguồn, tỉnh đã hỗ trợ học phí, sinh hoạt phí cho 210 sinh viên sư phạm theo Nghị định số 116/2020/NĐ-CP với tổng kinh phí hơn 8,4 tỷ đồng. Trong quý IV/2024, Sở phấn đấu tuyển thêm từ 150 đến 200 giáo viên.

Xem thêm:
- Long An: Khai giảng năm học 2024-2025
- Bản tin Thời sự 19h ngày 13/10/2024

Đường dây nóng: 0272.3826.419
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
NH = per("Năm học 2024-2025", "2024-09-01", "2025-05-31")
Q4 = per("Trong quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    fig("có 137 giáo viên", "137", 137, "count", "giáo viên",
        subject="giáo viên xin nghỉ việc, chuyển công tác ra ngoài ngành", period=YTD),
    fig("gấp 2 lần", "2", 2, "multiple", "lần", subject="số giáo viên xin nghỉ việc"),
    fig("tiểu học 58 người", "58", 58, "count", "người", total=137,
        subject="giáo viên tiểu học nghỉ việc", period=inh(YTD)),
    fig("mầm non 41 người", "41", 41, "count", "người", total=137,
        subject="giáo viên mầm non nghỉ việc", period=inh(YTD)),
    fig("THCS 26 người", "26", 26, "count", "người", total=137,
        subject="giáo viên THCS nghỉ việc", period=inh(YTD)),
    fig("THPT 12 người", "12", 12, "count", "người", total=137,
        subject="giáo viên THPT nghỉ việc", period=inh(YTD)),
    fig("với 1.520 giáo viên", "1.520", 1520, "count", "giáo viên",
        subject="giáo viên được Công đoàn ngành Giáo dục khảo sát"),
    fig("có 64,3%", "64,3", 64.3, "percent", "%",
        subject="tỷ lệ giáo viên cho biết thu nhập không đủ trang trải cuộc sống"),
    fig("gần 30%", "30", 30, "percent", "%", approx="nearly",
        subject="tỷ lệ giáo viên trẻ từng có ý định bỏ nghề"),
    fig("cần tuyển 860 giáo viên", "860", 860, "count", "giáo viên",
        subject="giáo viên ngành giáo dục cần tuyển", period=NH),
    fig("qua 2 đợt", "2", 2, "count", "đợt", subject="đợt xét tuyển", period=NH),
    fig("được 512 người", "512", 512, "count", "người", percent=59.5,
        subject="giáo viên tuyển được", period=NH),
    fig("thứ 5/13", "5", 5, "rank", "hạng", total=13,
        subject="tỷ lệ giáo viên nghỉ việc vùng Đồng bằng sông Cửu Long"),
    fig("cho 210 sinh viên", "210", 210, "count", "sinh viên",
        subject="sinh viên sư phạm được hỗ trợ học phí, sinh hoạt phí"),
    fig("hơn 8,4 tỷ", "8,4", 8.4e9, "money", "đồng", approx="over",
        subject="tổng kinh phí hỗ trợ sinh viên sư phạm"),
    fig("từ 150 đến 200", "150", 150, "count", "giáo viên", value_max=200, status="target",
        subject="giáo viên tuyển thêm", period=Q4),
]

NOTES = [
    "Radio/TV site (LA34, Đài PT-TH Long An): menu, '14/10/2024 18:30 | Thời sự 18h', tag '(LA34) -', 'Xem thêm' links, hotline.",
    "Distractors: LA34, 18:30, 'Thời sự 18h', 'Thời sự 19h ngày 13/10/2024', Nghị định số 116/2020/NĐ-CP, hotline 0272.3826.419.",
    "'Con số này gấp 2 lần cùng kỳ năm 2023' stands alone as the claim: multiple 2 lần; subject resolved from 'Con số này'; no period of its own.",
    "'Trong đó' after a sentence break: parts take total 137, period inherited.",
    "'thứ 5/13 tỉnh, thành': rank 5 with total 13, located in Long An (default).",
    "'Trong quý IV/2024, Sở phấn đấu tuyển thêm từ 150 đến 200': target, range.",
]

if __name__ == "__main__":
    write("p1337-8", TEXT, NOTES, FIGS, published="2024-10-14", location="Long An")
