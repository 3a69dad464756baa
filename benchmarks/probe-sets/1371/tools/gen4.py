"""p1371-4: provincial newspaper (Báo Cà Mau, tag CMO): rural and floating petrol stations, e-invoices, plan 2021-2030."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO CÀ MAU ĐIỆN TỬ
Kinh tế | Thứ Năm, 12/09/2024 | 07:15

Cây xăng về nông thôn, bà con bớt cực

(CMO) - Những năm gần đây, mạng lưới cửa hàng xăng dầu ở vùng nông thôn Cà Mau phát triển nhanh, kể cả các điểm bán trên sông, giúp bà con đi lại, sản xuất thuận tiện hơn.

Theo Sở Công Thương, toàn tỉnh hiện có 318 cửa hàng bán lẻ xăng dầu, trong đó 46 cửa hàng nổi trên sông, kênh rạch. Riêng huyện Năm Căn có 29 cửa hàng, gấp đôi so với năm 2015.

Ông Sáu Lành (Nguyễn Văn Lành), chủ cửa hàng xăng dầu Sáu Lành ở ấp 3, xã Hàm Rồng, huyện Năm Căn, cho biết: "Mỗi ngày cửa hàng bán khoảng 2.500 lít dầu cho ghe tàu đánh bắt, cao điểm mùa tôm có ngày lên đến 4.000 lít. Trước đây bà con phải chạy ghe gần 20 km lên thị trấn mua dầu, nay chỉ mất chừng 10 phút".

Cùng với phát triển mạng lưới, việc quản lý cũng được siết chặt. Đến ngày 31/8/2024, có 305/318 cửa hàng đã xuất hóa đơn điện tử cho từng lần bán hàng; 13 cửa hàng còn lại chủ yếu là cửa hàng nổi, đang được hỗ trợ lắp đặt thiết bị. Trong 8 tháng đầu năm, Đội Quản lý thị trường số 4 kiểm tra 36 cửa hàng, xử phạt 5 trường hợp với số tiền 82 triệu đồng.

Theo kế hoạch phát triển hệ thống cửa hàng xăng dầu giai đoạn 2021-2030, tầm nhìn đến năm 2050, Cà Mau sẽ có thêm khoảng 60 cửa hàng, ưu tiên các xã vùng sâu, vùng xa, tuyến đường Hồ Chí Minh và Quản Lộ - Phụng Hiệp.

Hoàng Vũ

Tin cùng chuyên mục:
- Giá lúa tăng nhẹ, nông dân phấn khởi
- Cà Mau: 8 tháng, kim ngạch xuất khẩu thủy sản tăng
"""

ASOF = per("Đến ngày 31/8/2024", end="2024-08-31")
EIGHT = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
PLAN = per("giai đoạn 2021-2030", "2021-01-01", "2030-12-31")
NC = "Năm Căn"

FIGS = [
    fig("có 318 cửa hàng", "318", 318, "count", "cửa hàng", subject="cửa hàng bán lẻ xăng dầu"),
    fig("trong đó 46 cửa hàng", "46", 46, "count", "cửa hàng", total=318,
        subject="cửa hàng nổi trên sông, kênh rạch"),
    fig("có 29 cửa hàng", "29", 29, "count", "cửa hàng", change=chg("increase", 2, "lần", "năm 2015"),
        subject="cửa hàng xăng dầu", location=NC),
    fig("khoảng 2.500 lít", "2.500", 2500, "measure", "lít/ngày", approx="about",
        subject="dầu cửa hàng bán cho ghe tàu đánh bắt mỗi ngày", location=NC),
    fig("lên đến 4.000 lít", "4.000", 4000, "measure", "lít/ngày",
        subject="dầu cửa hàng bán ngày cao điểm mùa tôm", location=NC),
    fig("gần 20 km", "20", 20, "measure", "km", approx="nearly",
        subject="quãng đường bà con chạy ghe lên thị trấn mua dầu trước đây", location=NC),
    fig("chừng 10 phút", "10", 10, "measure", "phút", approx="about",
        subject="thời gian đi mua dầu hiện nay", location=NC),
    fig("305/318 cửa hàng", "305", 305, "count", "cửa hàng", total=318,
        subject="cửa hàng đã xuất hóa đơn điện tử cho từng lần bán hàng", period=ASOF),
    fig("13 cửa hàng còn lại", "13", 13, "count", "cửa hàng", total=318,
        subject="cửa hàng còn lại chưa xuất hóa đơn điện tử", period=ASOF),
    fig("kiểm tra 36 cửa hàng", "36", 36, "count", "cửa hàng", subject="cửa hàng được kiểm tra", period=EIGHT),
    fig("xử phạt 5 trường hợp", "5", 5, "count", "trường hợp", subject="trường hợp bị xử phạt", period=EIGHT),
    fig("tiền 82 triệu", "82", 82e6, "money", "đồng", subject="số tiền xử phạt", period=EIGHT),
    fig("khoảng 60 cửa hàng", "60", 60, "count", "cửa hàng", approx="about", status="target",
        subject="cửa hàng xăng dầu có thêm", period=PLAN),
]

NOTES = [
    "Provincial newspaper (Báo Cà Mau): section and 'Thứ Năm, 12/09/2024 | 07:15', tag '(CMO) -', sapo, byline 'Hoàng Vũ', related links.",
    "Distractors: 'huyện Năm Căn' (place name with the number word 'Năm', twice more in the text), nickname 'Sáu Lành', 'ấp 3', 'Đội Quản lý thị trường số 4', 'tầm nhìn đến năm 2050', 'năm 2015' (baseline), '8 tháng' in a link title, 07:15.",
    "'gấp đôi so với năm 2015' → change of the 29 stores, increase 2 lần. Location Năm Căn for that sentence and the quoted shop owner's figures.",
    "Quote figures: 'Mỗi ngày ... khoảng 2.500 lít' and 'có ngày lên đến 4.000 lít' are per-day amounts (lít/ngày); 'lên đến' = up to, exact; 'chừng' = about.",
    "'13 cửa hàng còn lại' = the rest of the 318 stores: total 318 (the text says it is part of the whole, though 'còn lại' is not among the spec's listed cues).",
    "'Trong 8 tháng đầu năm' takes 2024 from the dateline and the earlier 'Đến ngày 31/8/2024'.",
    "'Theo kế hoạch ... giai đoạn 2021-2030 ... sẽ có thêm khoảng 60 cửa hàng' → target, period 2021-2030.",
]

if __name__ == "__main__":
    write("p1371-4", TEXT, NOTES, FIGS, published="2024-09-12", location="Cà Mau")
