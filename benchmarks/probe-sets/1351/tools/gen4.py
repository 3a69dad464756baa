"""p1351-4: ministry site (Bộ LĐ-TB&XH, Cục Trẻ em): Tổng đài 111 in 2023, cases by type and province, targets 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > Bảo vệ, chăm sóc trẻ em

Năm 2023, Tổng đài 111 tiếp nhận hơn 318 nghìn cuộc gọi

15/01/2024 | 09:20 | Cục Trẻ em

Năm 2023, Tổng đài điện thoại quốc gia bảo vệ trẻ em (số 111) đã tiếp nhận 318.462 cuộc gọi, tăng 8,7% so với năm 2022. Trong đó, 172.050 cuộc gọi đề nghị tư vấn, cung cấp thông tin về pháp luật, chính sách, kỹ năng bảo vệ trẻ em, chiếm 54%. Riêng quý IV/2023, tổng đài tiếp nhận 84.215 cuộc gọi.

Tổng đài đã phối hợp với các địa phương can thiệp, hỗ trợ 1.436 ca trẻ em cần bảo vệ khẩn cấp, gồm 612 ca bạo lực, 487 ca xâm hại tình dục, 214 ca bị bỏ rơi, sao nhãng và 123 ca bị mua bán, bắt cóc, mất tích. Các địa phương có nhiều ca can thiệp nhất là Hà Nội (186 ca), TP Hồ Chí Minh (142 ca) và Nghệ An (71 ca).

Bình quân mỗi ngày, tổng đài nhận khoảng 870 cuộc gọi; thời gian kết nối trung bình dưới 15 giây. Hiện tổng đài có 42 tư vấn viên làm việc theo 3 ca, bảo đảm hoạt động 24/7; dự kiến năm nay tuyển thêm 8 tư vấn viên.

Theo bà Lê Thị Minh Hạnh, Phó Cục trưởng Cục Trẻ em, cả nước hiện có khoảng 26,3 triệu trẻ em, chiếm gần 27% dân số, trong đó khoảng 1,8 triệu trẻ em có hoàn cảnh đặc biệt.

Năm 2024, Bộ đặt mục tiêu 90% trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc; 63/63 tỉnh, thành phố kết nối, chia sẻ dữ liệu ca can thiệp với Tổng đài 111; tổ chức ít nhất 2 đợt truyền thông quốc gia về phòng, chống xâm hại trẻ em.

Cổng thông tin điện tử Bộ Lao động - Thương binh và Xã hội
Địa chỉ: Số 12 Ngô Quyền, quận Hoàn Kiếm, Hà Nội | Điện thoại: 024.3938.6172
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
Q4 = per("quý IV/2023", "2023-10-01", "2023-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
CASES = "ca trẻ em cần bảo vệ khẩn cấp được can thiệp, hỗ trợ"

FIGS = [
    fig("hơn 318 nghìn", "318", 318000, "count", "cuộc gọi", approx="over",
        subject="cuộc gọi Tổng đài 111 tiếp nhận", period=Y23),
    fig("tiếp nhận 318.462 cuộc gọi", "318.462", 318462, "count", "cuộc gọi",
        change=chg("increase", 8.7, "%", "năm 2022"),
        subject="cuộc gọi Tổng đài điện thoại quốc gia bảo vệ trẻ em tiếp nhận", period=Y23b),
    fig("nhận 84.215 cuộc gọi", "84.215", 84215, "count", "cuộc gọi",
        subject="cuộc gọi Tổng đài điện thoại quốc gia bảo vệ trẻ em tiếp nhận", period=Q4),
    fig("172.050 cuộc gọi", "172.050", 172050, "count", "cuộc gọi", total=318462, percent=54,
        subject="cuộc gọi đề nghị tư vấn, cung cấp thông tin về pháp luật, chính sách, kỹ năng bảo vệ trẻ em",
        period=inh(Y23)),
    fig("hỗ trợ 1.436 ca", "1.436", 1436, "count", "ca", subject=CASES, period=inh(Y23)),
    fig("612 ca bạo lực", "612", 612, "count", "ca", total=1436, subject="ca bạo lực", period=inh(Y23)),
    fig("487 ca xâm hại", "487", 487, "count", "ca", total=1436, subject="ca xâm hại tình dục", period=inh(Y23)),
    fig("214 ca bị bỏ rơi", "214", 214, "count", "ca", total=1436, subject="ca bị bỏ rơi, sao nhãng",
        period=inh(Y23)),
    fig("123 ca bị mua bán", "123", 123, "count", "ca", total=1436, subject="ca bị mua bán, bắt cóc, mất tích",
        period=inh(Y23)),
    fig("Hà Nội (186 ca)", "186", 186, "count", "ca", subject="ca can thiệp", location="Hà Nội",
        period=inh(Y23)),
    fig("Minh (142 ca)", "142", 142, "count", "ca", subject="ca can thiệp", location="TP Hồ Chí Minh",
        period=inh(Y23)),
    fig("Nghệ An (71 ca)", "71", 71, "count", "ca", subject="ca can thiệp", location="Nghệ An",
        period=inh(Y23)),
    fig("khoảng 870 cuộc gọi", "870", 870, "measure", "cuộc gọi/ngày", approx="about",
        subject="cuộc gọi tổng đài nhận bình quân mỗi ngày"),
    fig("dưới 15 giây", "15", 15, "measure", "giây", approx="under", subject="thời gian kết nối trung bình"),
    fig("có 42 tư vấn viên", "42", 42, "count", "tư vấn viên", subject="tư vấn viên của tổng đài"),
    fig("theo 3 ca", "3", 3, "count", "ca", subject="ca làm việc của tư vấn viên", optional=True),
    fig("thêm 8 tư vấn viên", "8", 8, "count", "tư vấn viên", status="forecast",
        subject="tư vấn viên tuyển thêm", period=NOW),
    fig("khoảng 26,3 triệu", "26,3", 26.3e6, "count", "trẻ em", approx="about", percent=27, subject="trẻ em"),
    fig("khoảng 1,8 triệu", "1,8", 1.8e6, "count", "trẻ em", approx="about", total=26.3e6,
        subject="trẻ em có hoàn cảnh đặc biệt"),
    fig("mục tiêu 90%", "90", 90, "percent", "%", status="target",
        subject="trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc", period=Y24),
    fig("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63, status="target",
        subject="tỉnh, thành phố kết nối, chia sẻ dữ liệu ca can thiệp với Tổng đài 111", period=Y24),
    fig("ít nhất 2 đợt", "2", 2, "count", "đợt truyền thông", approx="at_least", status="target",
        subject="đợt truyền thông quốc gia về phòng, chống xâm hại trẻ em", period=Y24),
]

NOTES = [
    "Ministry site (Bộ LĐ-TB&XH): breadcrumb, '15/01/2024 | 09:20 | Cục Trẻ em' (published), footer with address and phone.",
    "Distractors: 'Tổng đài 111', '(số 111)' (hotline numbers, three times), 09:20, '24/7' (hours, not a fraction), 'Số 12 Ngô Quyền', phone.",
    "National figures: location Việt Nam; the list 'Hà Nội (186 ca) ...' gives each item its province, subject = the list's indicator.",
    "'Trong đó, 172.050 cuộc gọi ..., chiếm 54%' after a sentence break → total 318.462, percent 54; period inherited (Năm 2023).",
    "'Riêng quý IV/2023, ... 84.215 cuộc gọi' is its own figure with period quý IV/2023 (no total: 'riêng' is not a part-of cue).",
    "'gồm 612 ca ..., 487 ca ..., 214 ca ... và 123 ca ...' add up to 1.436 → total 1.436.",
    "'Bình quân mỗi ngày ... khoảng 870 cuộc gọi' is a rate → measure, unit 'cuộc gọi/ngày'. '3 ca' (work shifts) is optional.",
    "'dự kiến năm nay' → forecast, period 2024 (year of published). 'Bộ đặt mục tiêu' governs its three clauses (target, Năm 2024).",
    "'khoảng 26,3 triệu trẻ em, chiếm gần 27%' → percent 27; 'trong đó khoảng 1,8 triệu' → total 26,3 triệu.",
]

if __name__ == "__main__":
    write("p1351-4", TEXT, NOTES, FIGS, published="2024-01-15", location="Việt Nam")
