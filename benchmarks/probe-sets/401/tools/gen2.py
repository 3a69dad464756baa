from lib import *

TEXT = """UBND HUYỆN THANH CHƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ

Thanh Chương: Chứng thực bản sao điện tử được triển khai đồng bộ tại cấp xã

6 tháng đầu năm 2024, Phòng Tư pháp huyện và UBND 37 xã, thị trấn trên địa bàn huyện Thanh Chương đã tiếp nhận và giải quyết 48.612 việc chứng thực, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, chứng thực bản sao từ bản chính 43.905 việc; chứng thực chữ ký 3.214 việc; chứng thực hợp đồng, giao dịch 1.493 việc. Tổng lệ phí chứng thực thu được trên 215 triệu đồng.

Đáng chú ý, chứng thực bản sao điện tử từ bản chính đã được triển khai tại 37/37 xã, thị trấn, với 9.860 bản sao điện tử được cấp, chiếm 22,5% tổng số bản sao được chứng thực. Xét theo loại giấy tờ, bản sao giấy tờ đất đai chiếm 41%, giấy tờ hộ tịch chiếm 27%, văn bằng, chứng chỉ chiếm 18%, còn lại là các loại giấy tờ khác.

Thời gian giải quyết bình quân một yêu cầu chứng thực bản sao từ 15 đến 20 phút; 100% yêu cầu chứng thực hợp đồng, giao dịch được giải quyết trong ngày. Không có trường hợp chứng thực sai quy định theo Nghị định số 23/2015/NĐ-CP.

Theo bà Nguyễn Thị Hòa, Trưởng phòng Tư pháp huyện, thời gian tới huyện tiếp tục hướng dẫn công chức Tư pháp - Hộ tịch thực hiện đúng Thông tư số 01/2020/TT-BTP. 6 tháng cuối năm, huyện phấn đấu tỷ lệ chứng thực bản sao điện tử đạt từ 30% trở lên, số việc chứng thực cả năm ước khoảng 95.000 việc.

Người dân cần hỗ trợ liên hệ Phòng Tư pháp huyện, tầng 2 nhà B, Trung tâm hành chính huyện, điện thoại 0238.3821.135.

Hồng Nhung
09/07/2024
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("UBND 37 xã", "37", 37, "count", "xã, thị trấn", "xã, thị trấn", H1, optional=True),
    F("giải quyết 48.612 việc", "48.612", 48612, "count", "việc", "việc chứng thực tiếp nhận và giải quyết", H1,
      change=ch("+", 12.4, baseline="cùng kỳ năm 2023")),
    F("bản chính 43.905 việc", "43.905", 43905, "count", "việc", "chứng thực bản sao từ bản chính", H1i, total=48612),
    F("chữ ký 3.214 việc", "3.214", 3214, "count", "việc", "chứng thực chữ ký", H1i, total=48612),
    F("giao dịch 1.493 việc", "1.493", 1493, "count", "việc", "chứng thực hợp đồng, giao dịch", H1i, total=48612),
    F("trên 215 triệu đồng", "215", 215e6, "money", "đồng", "tổng lệ phí chứng thực thu được", H1i, approx="over"),
    F("tại 37/37 xã", "37", 37, "count", "xã, thị trấn", "xã, thị trấn triển khai chứng thực bản sao điện tử từ bản chính", H1i,
      total=37),
    F("với 9.860 bản sao", "9.860", 9860, "count", "bản sao", "bản sao điện tử được cấp", H1i, percent=22.5),
    F("đất đai chiếm 41%", "41", 41, "percent", "%", "bản sao giấy tờ đất đai", H1i),
    F("hộ tịch chiếm 27%", "27", 27, "percent", "%", "bản sao giấy tờ hộ tịch", H1i),
    F("chỉ chiếm 18%", "18", 18, "percent", "%", "bản sao văn bằng, chứng chỉ", H1i),
    F("từ 15 đến 20 phút", "15", 15, "measure", "phút", "thời gian giải quyết bình quân một yêu cầu chứng thực bản sao", H1i,
      value_max=20),
    F("100% yêu cầu", "100", 100, "percent", "%", "yêu cầu chứng thực hợp đồng, giao dịch được giải quyết trong ngày", H1i),
    F("từ 30% trở lên", "30", 30, "percent", "%", "tỷ lệ chứng thực bản sao điện tử", H2, approx="at_least", status="target"),
    F("khoảng 95.000 việc", "95.000", 95000, "count", "việc", "số việc chứng thực cả năm", P("cả năm", "2024-01-01", "2024-12-31"),
      approx="about", status="estimate"),
]

emit("p401-2", TEXT, [
    "District portal (huyện Thanh Chương, Nghệ An): certification (chứng thực) in the first half of 2024; no dateline on top: byline and bare date '09/07/2024' at the end.",
    "Location is the district, Thanh Chương. 'Trong đó' parts (43.905 + 3.214 + 1.493 = 48.612) take total 48.612.",
    "'chiếm 22,5% tổng số bản sao' names no number for the whole: percent only, no total. 'UBND 37 xã' is a structure count: optional.",
    "'6 tháng cuối năm' takes 2024 from the earlier period: 2024-07-01..2024-12-31. 'từ 30% trở lên' = at_least.",
    "Distractors: Nghị định số 23/2015/NĐ-CP, Thông tư số 01/2020/TT-BTP, tầng 2, phone 0238.3821.135.",
], FIGS, published="2024-07-09", location="Thanh Chương")
