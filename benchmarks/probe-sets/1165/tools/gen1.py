"""p1165-1: Nghệ An province portal, notarial and authentication work in 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Tư pháp

Nghệ An: Hơn 96.000 việc công chứng trong 9 tháng đầu năm

Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.417

(nghean.gov.vn) - Theo báo cáo của Sở Tư pháp, 9 tháng đầu năm 2024, các tổ chức hành nghề công chứng trên địa bàn tỉnh Nghệ An đã công chứng 96.348 hợp đồng, giao dịch và bản dịch, tăng 8,7% so với cùng kỳ năm 2023; thu phí công chứng hơn 41,2 tỷ đồng, đạt 82,4% kế hoạch năm. Trong đó, Phòng Công chứng số 1 và Phòng Công chứng số 2 công chứng 11.205 việc, các văn phòng công chứng 85.143 việc.

Toàn tỉnh hiện có 42 tổ chức hành nghề công chứng (hai phòng công chứng và 40 văn phòng công chứng) với 87 công chứng viên, tập trung nhiều nhất tại TP Vinh (19 tổ chức), thị xã Hoàng Mai (4 tổ chức) và huyện Diễn Châu (3 tổ chức).

Cũng trong 9 tháng, Phòng Tư pháp cấp huyện và UBND cấp xã đã chứng thực gần 1,4 triệu bản sao từ bản chính, 52.760 việc chứng thực chữ ký và 18.930 hợp đồng, giao dịch; thu lệ phí chứng thực khoảng 3,6 tỷ đồng. Theo Thông tư số 226/2016/TT-BTC, lệ phí chứng thực bản sao từ bản chính là 2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, nhưng tối đa 200.000 đồng/bản.

Ông Nguyễn Văn Đông, Phó Giám đốc Sở Tư pháp cho biết, cả năm 2024 số việc công chứng ước đạt khoảng 130.000 việc. Sở đang tham mưu UBND tỉnh phấn đấu đến năm 2025 có ít nhất 50 tổ chức hành nghề công chứng, bảo đảm các huyện miền núi đều có tổ chức hành nghề.
"""

N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
HEAD = per("9 tháng đầu năm", "2024-01-01", "2024-09-30")
N9B = per("Cũng trong 9 tháng", "2024-01-01", "2024-09-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
ORG = "tổ chức hành nghề công chứng"

FIGS = [
    fig("Hơn 96.000 việc", "96.000", 96000, "count", "việc công chứng", approx="over",
        subject="việc công chứng", period=HEAD),
    fig("công chứng 96.348 hợp đồng", "96.348", 96348, "count", "hợp đồng, giao dịch và bản dịch",
        change=chg("increase", 8.7, "%", "cùng kỳ năm 2023"),
        subject="hợp đồng, giao dịch và bản dịch được công chứng", period=N9),
    fig("hơn 41,2 tỷ đồng", "41,2", 41.2e9, "money", "đồng", approx="over", percent=82.4,
        subject="phí công chứng", period=N9),
    fig("công chứng 11.205 việc", "11.205", 11205, "count", "việc", total=96348,
        subject="việc công chứng của Phòng Công chứng số 1 và Phòng Công chứng số 2", period=inh(N9)),
    fig("công chứng 85.143 việc", "85.143", 85143, "count", "việc", total=96348,
        subject="việc công chứng của các văn phòng công chứng", period=inh(N9)),
    fig("hiện có 42 tổ chức", "42", 42, "count", ORG, subject=ORG),
    fig("(hai phòng công chứng", "hai", 2, "count", "phòng công chứng", total=42, subject="phòng công chứng"),
    fig("và 40 văn phòng công chứng)", "40", 40, "count", "văn phòng công chứng", total=42,
        subject="văn phòng công chứng"),
    fig("với 87 công chứng viên", "87", 87, "count", "công chứng viên", subject="công chứng viên"),
    fig("Vinh (19 tổ chức)", "19", 19, "count", "tổ chức", subject=ORG, location="Vinh"),
    fig("Hoàng Mai (4 tổ chức)", "4", 4, "count", "tổ chức", subject=ORG, location="Hoàng Mai"),
    fig("Diễn Châu (3 tổ chức)", "3", 3, "count", "tổ chức", subject=ORG, location="Diễn Châu"),
    fig("gần 1,4 triệu bản sao", "1,4", 1.4e6, "count", "bản sao", approx="nearly",
        subject="bản sao từ bản chính được chứng thực", period=N9B),
    fig("52.760 việc chứng thực", "52.760", 52760, "count", "việc chứng thực chữ ký",
        subject="việc chứng thực chữ ký", period=N9B),
    fig("18.930 hợp đồng", "18.930", 18930, "count", "hợp đồng, giao dịch",
        subject="hợp đồng, giao dịch được chứng thực", period=N9B),
    fig("khoảng 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", approx="about",
        subject="lệ phí chứng thực", period=N9B),
    fig("là 2.000 đồng/trang", "2.000", 2000, "money", "đồng/trang",
        subject="lệ phí chứng thực bản sao từ bản chính"),
    fig("thu 1.000 đồng/trang", "1.000", 1000, "money", "đồng/trang",
        subject="lệ phí chứng thực bản sao từ trang thứ ba trở lên"),
    fig("tối đa 200.000 đồng/bản", "200.000", 200000, "money", "đồng/bản", approx="at_most",
        subject="lệ phí chứng thực bản sao tối đa"),
    fig("khoảng 130.000 việc", "130.000", 130000, "count", "việc", approx="about", status="estimate",
        subject="số việc công chứng", period=Y24),
    fig("ít nhất 50 tổ chức", "50", 50, "count", ORG, approx="at_least", status="target",
        subject=ORG, period=TO25),
]

NOTES = [
    "Province portal (Nghệ An): notarial work and authentication, 9 months of 2024. Breadcrumb, 'Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.417'.",
    "Distractors: time 08:30, view counter 2.417, 'Phòng Công chứng số 1/số 2' (names), Thông tư số 226/2016/TT-BTC, 'trang thứ ba' (ordinal).",
    "Headline '9 tháng đầu năm' has no year: year from published (2024), scored. 11.205 + 85.143 = 96.348 (Trong đó across a sentence break).",
    "Bracket (hai + 40) adds up to 42: totals. District list 19/4/3 ('tập trung nhiều nhất tại') does not add up: no total.",
    "'Cũng trong 9 tháng' is year-less: 2024 from the earlier period. Fee rules are standing rules: no period.",
]

if __name__ == "__main__":
    write("p1165-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Nghệ An")
