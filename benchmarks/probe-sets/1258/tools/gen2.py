"""p1258-2: district portal (huyện Tri Tôn, An Giang): closing of the district Vovinam - võ cổ truyền tournament 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRI TÔN - TỈNH AN GIANG
Trang chủ | Giới thiệu | Tin tức | Văn hóa - Thể thao | Liên hệ

Bế mạc Giải Vovinam - Võ cổ truyền huyện Tri Tôn mở rộng năm 2025

Ngày đăng: 21/04/2025

Chiều 20/4, tại Nhà thi đấu đa năng huyện (số 12 đường Trần Hưng Đạo, thị trấn Tri Tôn), Trung tâm Văn hóa, Thông tin và Thể thao huyện tổ chức bế mạc Giải Vovinam - Võ cổ truyền huyện Tri Tôn mở rộng năm 2025.

Sau 3 ngày tranh tài, giải thu hút 286 vận động viên của 14 đơn vị, gồm 12 câu lạc bộ trong huyện và 2 câu lạc bộ khách mời. Các vận động viên thi đấu ở hai nội dung quyền thuật và đối kháng; ban tổ chức trao 36 bộ huy chương (14 bộ quyền thuật, 22 bộ đối kháng).

Kết quả, CLB Vovinam Trường THCS Lê Lợi xếp thứ nhất toàn đoàn với 8 huy chương vàng; CLB Võ cổ truyền Thanh Long và CLB Vovinam Hồng Bàng lần lượt xếp thứ hai, thứ ba. Dịp này, ban tổ chức trao 5 suất học bổng, mỗi suất 1 triệu đồng, cho võ sinh có hoàn cảnh khó khăn.

Theo Phòng Văn hóa và Thông tin huyện, hiện Tri Tôn có 19 câu lạc bộ Vovinam và võ cổ truyền với hơn 1.100 võ sinh; trong đó 7 câu lạc bộ hoạt động trong trường học. Tổng kinh phí tổ chức giải hơn 120 triệu đồng, trong đó xã hội hóa chiếm khoảng 70%.

Năm 2025, huyện phấn đấu thành lập thêm 3 câu lạc bộ, nâng tổng số võ sinh lên 1.300 người. Dự kiến tháng 9 tới, huyện cử 25 vận động viên tham dự Giải Vovinam tỉnh An Giang lần thứ 27.

Tin: Trung tâm VH-TT&TT huyện

Các tin khác:
- Tri Tôn: Ra quân Tháng hành động vì an toàn thực phẩm năm 2025
- Hội thi đua ghe ngo truyền thống đồng bào Khmer

UBND HUYỆN TRI TÔN
Địa chỉ: số 01 đường Lê Lợi, thị trấn Tri Tôn, huyện Tri Tôn, tỉnh An Giang
Điện thoại: 0296.3874.215
"""

Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
SEP = per("tháng 9 tới", "2025-09-01", "2025-09-30")

FIGS = [
    fig("thu hút 286 vận động viên", "286", 286, "count", "vận động viên", subject="vận động viên tham gia giải"),
    fig("của 14 đơn vị", "14", 14, "count", "đơn vị", subject="đơn vị tham gia giải"),
    fig("gồm 12 câu lạc bộ", "12", 12, "count", "câu lạc bộ", total=14, subject="câu lạc bộ trong huyện"),
    fig("và 2 câu lạc bộ", "2", 2, "count", "câu lạc bộ", total=14, subject="câu lạc bộ khách mời"),
    fig("ở hai nội dung", "hai", 2, "count", "nội dung", subject="nội dung thi đấu"),
    fig("trao 36 bộ", "36", 36, "count", "bộ huy chương", subject="bộ huy chương ban tổ chức trao"),
    fig("(14 bộ", "14", 14, "count", "bộ", total=36, subject="bộ huy chương quyền thuật"),
    fig("22 bộ", "22", 22, "count", "bộ", total=36, subject="bộ huy chương đối kháng"),
    fig("xếp thứ nhất", "nhất", 1, "rank", "hạng",
        subject="xếp hạng toàn đoàn của CLB Vovinam Trường THCS Lê Lợi"),
    fig("với 8 huy chương", "8", 8, "count", "huy chương vàng",
        subject="huy chương vàng CLB Vovinam Trường THCS Lê Lợi giành"),
    fig("xếp thứ hai", "hai", 2, "rank", "hạng", subject="xếp hạng toàn đoàn của CLB Võ cổ truyền Thanh Long"),
    fig("thứ ba.", "ba", 3, "rank", "hạng", subject="xếp hạng toàn đoàn của CLB Vovinam Hồng Bàng"),
    fig("trao 5 suất", "5", 5, "count", "suất học bổng", subject="suất học bổng trao cho võ sinh có hoàn cảnh khó khăn"),
    fig("suất 1 triệu", "1", 1e6, "money", "đồng/suất", subject="giá trị mỗi suất học bổng"),
    fig("có 19 câu lạc bộ", "19", 19, "count", "câu lạc bộ", subject="câu lạc bộ Vovinam và võ cổ truyền"),
    fig("hơn 1.100 võ sinh", "1.100", 1100, "count", "võ sinh", approx="over",
        subject="võ sinh các câu lạc bộ Vovinam và võ cổ truyền"),
    fig("đó 7 câu lạc bộ", "7", 7, "count", "câu lạc bộ", total=19, subject="câu lạc bộ hoạt động trong trường học"),
    fig("hơn 120 triệu", "120", 120e6, "money", "đồng", approx="over", subject="tổng kinh phí tổ chức giải"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="tỷ trọng kinh phí xã hội hóa trong tổng kinh phí tổ chức giải"),
    fig("thêm 3 câu lạc bộ", "3", 3, "count", "câu lạc bộ", status="target",
        subject="câu lạc bộ thành lập thêm", period=Y25),
    fig("lên 1.300 người", "1.300", 1300, "count", "người", status="target", subject="tổng số võ sinh",
        period=Y25),
    fig("cử 25 vận động viên", "25", 25, "count", "vận động viên", status="forecast",
        subject="vận động viên huyện cử tham dự Giải Vovinam tỉnh An Giang", period=SEP),
]

NOTES = [
    "District portal (huyện Tri Tôn, An Giang): banner, menu, 'Ngày đăng: 21/04/2025', 'Tin:' source, other news, footer address and phone.",
    "Distractors: 'Chiều 20/4', 'số 12 đường Trần Hưng Đạo', 'Sau 3 ngày' (a duration that only locates the event), 'lần thứ 27',",
    "'năm 2025' in the title and a link, 'số 01 đường Lê Lợi', phone 0296.3874.215.",
    "Location: the district (default Tri Tôn) for every figure; the clubs are not places.",
    "'gồm 12 ... và 2 ...' after '14 đơn vị' take total 14; '(14 bộ ..., 22 bộ ...)' adds up to 36, so both take total 36.",
    "'xếp thứ nhất', 'lần lượt xếp thứ hai, thứ ba' are ranks (number words); the club goes into the subject (clubs are not places).",
    "'mỗi suất 1 triệu đồng' is a per-item amount: unit đồng/suất. 'trong đó xã hội hóa chiếm khoảng 70%' is a percent figure of its own.",
    "The tournament figures have no period of their own (the year is only in the tournament's name); 'Năm 2025 ... phấn đấu' → target;",
    "'Dự kiến tháng 9 tới' → forecast, year 2025 from the earlier 'Năm 2025'.",
]

if __name__ == "__main__":
    write("p1258-2", TEXT, NOTES, FIGS, published="2025-04-21", location="Tri Tôn")
