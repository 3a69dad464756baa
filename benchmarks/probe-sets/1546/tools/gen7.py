"""p1546-7: news agency (TTXVN): market surveillance seized over 62,000 substandard helmets in 10 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Xã hội | Thị trường

Tạm giữ hơn 62.000 mũ bảo hiểm không rõ nguồn gốc

22/11/2024 09:12

Hà Nội, 22/11 (TTXVN) - Theo Tổng cục Quản lý thị trường (Bộ Công Thương), 10 tháng năm 2024, lực lượng quản lý thị trường cả nước đã kiểm tra 3.418 vụ liên quan đến kinh doanh mũ bảo hiểm, phát hiện 2.076 vụ vi phạm, chiếm 60,7%; tạm giữ 62.340 chiếc mũ bảo hiểm không rõ nguồn gốc, không có dấu hợp quy. Tổng số tiền xử phạt và trị giá hàng vi phạm là 5,82 tỷ đồng, giảm 11,5% so với cùng kỳ năm 2023.

Trong số các vụ vi phạm, 1.245 vụ kinh doanh hàng không rõ nguồn gốc, 538 vụ kinh doanh mũ không đạt Quy chuẩn QCVN 2:2021/BKHCN, còn lại là vi phạm về ghi nhãn, niêm yết giá.

Các địa phương phát hiện nhiều vụ vi phạm nhất là Hà Nội (312 vụ), TP Hồ Chí Minh (287 vụ) và Đồng Nai (164 vụ). Trong tháng 11, Đội Quản lý thị trường số 9 (Cục Quản lý thị trường Hà Nội) kiểm tra một kho hàng tại số 126 phố Trần Điền, quận Hoàng Mai, phát hiện 4.850 chiếc mũ bảo hiểm nhập lậu, trị giá khoảng 390 triệu đồng.

Tổng cục Quản lý thị trường cho biết, mũ bảo hiểm giả, kém chất lượng thường được bán với giá chỉ 35.000-60.000 đồng/chiếc, bằng khoảng 25% giá mũ đạt chuẩn, nên vẫn thu hút người mua. Trong tháng 12, lực lượng quản lý thị trường dự kiến tổ chức thêm 2 đợt kiểm tra cao điểm tại 63 tỉnh, thành phố, tập trung vào các chợ đầu mối và cửa hàng ven Quốc lộ 1.

Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 1900.6580.

(TTXVN/Vietnam+)
"""

M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
NOV = per("Trong tháng 11", "2024-11-01", "2024-11-30")
DEC = per("Trong tháng 12", "2024-12-01", "2024-12-31")
HM = "Hoàng Mai"

FIGS = [
    fig("hơn 62.000 mũ", "62.000", 62000, "count", "mũ bảo hiểm", approx="over",
        subject="mũ bảo hiểm không rõ nguồn gốc tạm giữ"),
    fig("kiểm tra 3.418 vụ", "3.418", 3418, "count", "vụ", subject="vụ kiểm tra liên quan đến kinh doanh mũ bảo hiểm",
        period=M10),
    fig("phát hiện 2.076 vụ", "2.076", 2076, "count", "vụ", percent=60.7, subject="vụ vi phạm", period=M10),
    fig("tạm giữ 62.340 chiếc", "62.340", 62340, "count", "chiếc",
        subject="mũ bảo hiểm không rõ nguồn gốc, không có dấu hợp quy tạm giữ", period=M10),
    fig("là 5,82 tỷ", "5,82", 5.82e9, "money", "đồng", change=chg("decrease", 11.5, "%", "cùng kỳ năm 2023"),
        subject="tổng số tiền xử phạt và trị giá hàng vi phạm", period=inh(M10)),
    fig("1.245 vụ", "1.245", 1245, "count", "vụ", total=2076, subject="vụ kinh doanh hàng không rõ nguồn gốc",
        period=inh(M10)),
    fig("538 vụ", "538", 538, "count", "vụ", total=2076, subject="vụ kinh doanh mũ không đạt Quy chuẩn",
        period=inh(M10)),
    fig("Hà Nội (312 vụ)", "312", 312, "count", "vụ", subject="vụ vi phạm", period=inh(M10), location="Hà Nội"),
    fig("TP Hồ Chí Minh (287 vụ)", "287", 287, "count", "vụ", subject="vụ vi phạm", period=inh(M10),
        location="Hồ Chí Minh"),
    fig("Đồng Nai (164 vụ)", "164", 164, "count", "vụ", subject="vụ vi phạm", period=inh(M10), location="Đồng Nai"),
    fig("phát hiện 4.850 chiếc", "4.850", 4850, "count", "chiếc", subject="mũ bảo hiểm nhập lậu",
        period=NOV, location=HM),
    fig("khoảng 390 triệu", "390", 390e6, "money", "đồng", approx="about", subject="trị giá mũ bảo hiểm nhập lậu",
        period=NOV, location=HM),
    fig("chỉ 35.000-60.000", "35.000", 35000, "money", "đồng/chiếc", value_max=60000, percent=25,
        subject="giá mũ bảo hiểm giả, kém chất lượng"),
    fig("thêm 2 đợt", "2", 2, "count", "đợt", status="forecast", subject="đợt kiểm tra cao điểm", period=DEC),
    fig("tại 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", status="forecast",
        subject="tỉnh, thành phố tổ chức kiểm tra cao điểm", period=DEC),
]

NOTES = [
    "News agency (TTXVN): header, section menu, '22/11/2024 09:12', 'Hà Nội, 22/11 (TTXVN) -', source line '(TTXVN/Vietnam+)'.",
    "Distractors: 09:12, '22/11', QCVN 2:2021/BKHCN, 'Đội Quản lý thị trường số 9', 'số 126 phố Trần Điền', 'Quốc lộ 1',",
    "hotline 1900.6580, baseline 'cùng kỳ năm 2023'. 'một kho hàng' is an indefinite article, not a count.",
    "National figures: location Việt Nam. The list 'Hà Nội (312 vụ), TP Hồ Chí Minh (287 vụ) và Đồng Nai (164 vụ)': place =",
    "location, subject = the list's indicator (vụ vi phạm). The warehouse case in quận Hoàng Mai: location Hoàng Mai, period tháng 11/2024.",
    "'kiểm tra 3.418 vụ ..., phát hiện 2.076 vụ vi phạm, chiếm 60,7%': percent 60,7; no cue for a total (no 'trong đó', '/').",
    "'Trong số các vụ vi phạm, 1.245 vụ ..., 538 vụ ...' → total 2.076 ('trong số' + the whole). Periods after the first sentence",
    "are inherited. 'bằng khoảng 25% giá mũ đạt chuẩn' after the price range → percent attribute 25.",
    "'dự kiến' governs '2 đợt' and '63 tỉnh, thành phố' (forecast), period 'Trong tháng 12' (2024).",
]

if __name__ == "__main__":
    write("p1546-7", TEXT, NOTES, FIGS, published="2024-11-22", location="Việt Nam")
