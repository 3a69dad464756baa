"""p899-8: provincial newspaper online (Báo Trà Vinh), dog/cat bites and rabies vaccination, 4 months of 2023."""
from lib import build, fig, period, inherit, change

TEXT = """BÁO TRÀ VINH ĐIỆN TỬ
Xã hội | Y tế
Thứ Hai, 22/05/2023 - 15:40

Hơn 2.100 người bị chó, mèo cắn phải tiêm phòng dại trong 4 tháng

(BTV) - Theo Trung tâm Kiểm soát bệnh tật tỉnh, 4 tháng đầu năm 2023, toàn tỉnh có 2.137 người bị chó, mèo cắn, cào phải đến cơ sở y tế tiêm vắc xin phòng dại, tăng 11,3% so với cùng kỳ năm 2022; trong đó có 812 trẻ em, chiếm 38%. Các huyện có nhiều người bị chó cắn là Tiểu Cần (356 người), Càng Long (318 người) và Châu Thành (295 người). Đáng lo ngại, đã có 1 trường hợp tử vong do bệnh dại tại huyện Cầu Kè; nạn nhân bị chó nhà cắn nhưng không đi tiêm phòng.

Theo Chi cục Chăn nuôi và Thú y, toàn tỉnh hiện có khoảng 118.000 con chó và khoảng 35.000 con mèo, phần lớn nuôi thả rông. Từ đầu năm đến nay mới tiêm phòng dại được 27.450 con, đạt 23,5% kế hoạch năm. Giá vắc xin dại cho chó, mèo là 12.000 đồng/liều; người nuôi đóng thêm công tiêm 8.000 đồng/con.

Nhiều tuyến đường như Quốc lộ 53, Quốc lộ 54 thường xuyên có chó thả rông chạy ra đường, gây tai nạn giao thông. Từ đầu năm, Công an các huyện đã xử phạt 47 trường hợp thả rông chó, phạt tiền 35,2 triệu đồng.

Ngành chức năng đặt mục tiêu đến cuối năm 2023 tiêm phòng dại cho ít nhất 70% tổng đàn; dự kiến cần khoảng 105.000 liều vắc xin, kinh phí trên 1,2 tỷ đồng.

NGỌC MINH
"""

P4 = period("4 tháng đầu năm 2023", "2023-01-01", "2023-04-30")
PYTD = period("Từ đầu năm đến nay", "2023-01-01", "2023-05-22")

FIGS = [
    fig("Hơn 2.100 người", "2.100", 2100, "count", "người", "người bị chó, mèo cắn phải tiêm phòng dại",
        approx="over", period=period("trong 4 tháng", "2023-01-01", "2023-04-30")),
    fig("có 2.137 người", "2.137", 2137, "count", "người",
        "người bị chó, mèo cắn, cào phải tiêm vắc xin phòng dại",
        change=change("increase", 11.3, baseline="cùng kỳ năm 2022"), period=P4),
    fig("có 812 trẻ em", "812", 812, "count", "trẻ em", "trẻ em bị chó, mèo cắn phải tiêm vắc xin phòng dại",
        total=2137, percent=38, period=P4),
    fig("Tiểu Cần (356 người)", "356", 356, "count", "người", "người bị chó cắn", location="Tiểu Cần",
        period=inherit(P4)),
    fig("Càng Long (318 người)", "318", 318, "count", "người", "người bị chó cắn", location="Càng Long",
        period=inherit(P4)),
    fig("Châu Thành (295 người)", "295", 295, "count", "người", "người bị chó cắn", location="Châu Thành",
        period=inherit(P4)),
    fig("có 1 trường hợp", "1", 1, "count", "trường hợp", "trường hợp tử vong do bệnh dại", location="Cầu Kè",
        period=inherit(P4)),
    fig("khoảng 118.000 con", "118.000", 118000, "count", "con", "chó nuôi", approx="about"),
    fig("khoảng 35.000 con", "35.000", 35000, "count", "con", "mèo nuôi", approx="about"),
    fig("được 27.450 con", "27.450", 27450, "count", "con", "chó, mèo được tiêm phòng dại", percent=23.5,
        period=PYTD),
    fig("là 12.000 đồng/liều", "12.000", 12000, "money", "đồng/liều", "giá vắc xin dại cho chó, mèo"),
    fig("tiêm 8.000 đồng/con", "8.000", 8000, "money", "đồng/con", "công tiêm phòng"),
    fig("phạt 47 trường hợp", "47", 47, "count", "trường hợp", "trường hợp thả rông chó bị xử phạt",
        period=period("Từ đầu năm", "2023-01-01", "2023-05-22")),
    fig("tiền 35,2 triệu đồng", "35,2", 35200000, "money", "đồng", "tiền phạt",
        period=period("Từ đầu năm", "2023-01-01", "2023-05-22")),
    fig("ít nhất 70% tổng đàn", "70", 70, "percent", "%", "tổng đàn chó, mèo được tiêm phòng dại",
        approx="at_least", status="target", period=period("đến cuối năm 2023", None, "2023-12-31")),
    fig("khoảng 105.000 liều", "105.000", 105000, "count", "liều", "vắc xin cần", approx="about",
        status="forecast"),
    fig("trên 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "kinh phí vắc xin", approx="over",
        status="forecast"),
]

NOTES = [
    "Provincial newspaper online (Báo Trà Vinh): headline with a figure, dateline 'Thứ Hai, 22/05/2023 - 15:40', tag '(BTV) -'.",
    "Headline 'trong 4 tháng' takes 2023 from the dateline. 'trong đó có 812 trẻ em, chiếm 38%' -> total 2137 and percent 38.",
    "District list items: location = district, subject = the list's indicator; the case in Cầu Kè is located there.",
    "'dự kiến cần khoảng 105.000 liều ..., kinh phí trên 1,2 tỷ đồng' after ';': forecasts with no period of their own (left unset).",
    "'Quốc lộ 53', 'Quốc lộ 54', time '15:40' are not figures.",
]

build("p899-8", TEXT, FIGS, published="2023-05-22", location="Trà Vinh", notes=NOTES)
