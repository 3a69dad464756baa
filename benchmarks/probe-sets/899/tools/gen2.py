"""p899-2: district portal (quận Hải Châu, Đà Nẵng), crackdown on free-roaming and unmuzzled dogs, summer 2023."""
from lib import build, fig, period, inherit, change

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HẢI CHÂU - THÀNH PHỐ ĐÀ NẴNG
Trang chủ » Tin tức » Hoạt động các phường
Ngày đăng: 17/08/2023 - 14:10

Hải Châu xử phạt 152 trường hợp thả rông chó

Thực hiện Kế hoạch số 86/KH-UBND ngày 20/6/2023 của UBND quận về tăng cường quản lý chó, mèo nuôi, từ ngày 01/7 đến 15/8/2023, 13/13 phường đã thành lập tổ kiểm tra, ra quân 46 đợt, phát hiện 218 trường hợp thả rông chó nơi công cộng, trong đó 97 trường hợp chó không đeo rọ mõm.

Qua kiểm tra, các tổ đã bắt giữ 63 con chó thả rông, xử phạt vi phạm hành chính 152 trường hợp với tổng số tiền hơn 118 triệu đồng, tăng gần 2,3 lần so với cùng kỳ năm 2022. Phường Thạch Thang và phường Hải Châu 1 là những nơi có nhiều vi phạm nhất, lần lượt 41 và 36 trường hợp. Theo Nghị định số 90/2017/NĐ-CP, mỗi trường hợp thả rông chó nơi công cộng bị phạt từ 1.000.000 đến 3.000.000 đồng; chó bị bắt giữ quá 72 giờ không có người nhận sẽ bị xử lý theo quy định.

Đến nay, toàn quận có 5.842 hộ đã đăng ký nuôi chó, mèo với 7.316 con, trong đó 6.105 con chó và 1.211 con mèo; 100% số chó đã đăng ký được tiêm phòng dại.

Thời gian tới, quận phấn đấu đến cuối năm 2023 có trên 90% hộ nuôi chó, mèo thực hiện đăng ký, đồng thời tổ chức tiêm phòng dại đợt 2 cho khoảng 3.000 con. Người dân phát hiện chó thả rông có thể báo qua đường dây nóng 0236.3821.446 hoặc đến trụ sở UBND quận tại số 270 Trần Phú.
"""

PRUN = period("từ ngày 01/7 đến 15/8/2023", "2023-07-01", "2023-08-15")
PNOW = period("Đến nay", None, "2023-08-17")
PTGT = period("đến cuối năm 2023", None, "2023-12-31")

FIGS = [
    fig("xử phạt 152 trường hợp thả rông chó", "152", 152, "count", "trường hợp", "trường hợp thả rông chó bị xử phạt"),
    fig("13/13 phường", "13", 13, "count", "phường", "phường thành lập tổ kiểm tra", total=13, period=PRUN),
    fig("ra quân 46 đợt", "46", 46, "count", "đợt", "đợt ra quân kiểm tra", period=PRUN),
    fig("phát hiện 218 trường hợp", "218", 218, "count", "trường hợp", "trường hợp thả rông chó nơi công cộng",
        period=PRUN),
    fig("trong đó 97 trường hợp", "97", 97, "count", "trường hợp", "trường hợp chó không đeo rọ mõm", total=218,
        period=PRUN),
    fig("bắt giữ 63 con", "63", 63, "count", "con", "chó thả rông bị bắt giữ", period=inherit(PRUN)),
    fig("hành chính 152 trường hợp", "152", 152, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính",
        period=inherit(PRUN)),
    fig("hơn 118 triệu đồng", "118", 118000000, "money", "đồng", "tổng số tiền xử phạt", approx="over",
        change=change("increase", 2.3, "lần", baseline="cùng kỳ năm 2022", approx="nearly"), period=inherit(PRUN)),
    fig("lần lượt 41", "41", 41, "count", "trường hợp", "trường hợp vi phạm", period=inherit(PRUN)),
    fig("41 và 36 trường hợp", "36", 36, "count", "trường hợp", "trường hợp vi phạm", period=inherit(PRUN)),
    fig("từ 1.000.000 đến 3.000.000 đồng", "1.000.000", 1000000, "money", "đồng",
        "mức phạt thả rông chó nơi công cộng", value_max=3000000),
    fig("quá 72 giờ", "72", 72, "measure", "giờ", "thời hạn giữ chó bị bắt", optional=True),
    fig("có 5.842 hộ", "5.842", 5842, "count", "hộ", "hộ đăng ký nuôi chó, mèo", period=PNOW),
    fig("với 7.316 con", "7.316", 7316, "count", "con", "chó, mèo được đăng ký", period=PNOW),
    fig("6.105 con chó", "6.105", 6105, "count", "con", "chó được đăng ký", total=7316, period=PNOW),
    fig("1.211 con mèo", "1.211", 1211, "count", "con", "mèo được đăng ký", total=7316, period=PNOW),
    fig("100% số chó", "100", 100, "percent", "%", "chó đã đăng ký được tiêm phòng dại", period=PNOW),
    fig("trên 90% hộ", "90", 90, "percent", "%", "hộ nuôi chó, mèo thực hiện đăng ký", approx="over",
        status="target", period=PTGT),
    fig("khoảng 3.000 con", "3.000", 3000, "count", "con", "chó, mèo tiêm phòng dại đợt 2", approx="about",
        status="target", period=PTGT),
]

NOTES = [
    "District portal (quận Hải Châu, Đà Nẵng): July-August 2023 crackdown on free-roaming/unmuzzled dogs, registration as of the dateline.",
    "Ward figures ('Phường Thạch Thang và phường Hải Châu 1 ... lần lượt 41 và 36') keep the district as location (a ward is not a",
    "province/city/district); 'Hải Châu 1' is a name. The decree fine range is a required money figure. '72 giờ' (a holding rule) optional.",
    "'phấn đấu đến cuối năm 2023 ..., đồng thời ... khoảng 3.000 con': the target cue and its period continue into the second clause.",
]

build("p899-2", TEXT, FIGS, published="2023-08-17", location="Hải Châu", notes=NOTES)
