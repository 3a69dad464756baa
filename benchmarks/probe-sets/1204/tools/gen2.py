"""p1204-2: district portal (huyện Lý Sơn, Quảng Ngãi): the Lý Sơn lighthouse and the district's fishing-port buoys."""
from lib import chg, emit, fig, inh, per

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LÝ SƠN
Trang chủ / Tin tức / Kinh tế - Xã hội

Đèn biển Lý Sơn - điểm tựa của ngư dân nơi đầu sóng

Thứ Ba, 09/07/2024 - 09:30

Đèn biển Lý Sơn được xây dựng trên đỉnh núi Thới Lới, tháp đèn cao 18 m, độ cao tâm sáng 138 m so với mực nước biển, tầm hiệu lực ánh sáng 27 hải lý. Cùng với đèn biển, trạm còn vận hành một trạm AIS giúp tàu thuyền nhận biết vị trí từ xa.

Trạm quản lý đèn biển hiện có 5 nhân viên, trực luân phiên theo ca. Anh Võ Văn Sáu, trạm trưởng, đã gắn bó với ngọn đèn 17 năm. Theo anh Sáu, mỗi đêm đèn phát sáng trung bình khoảng 11 giờ; mùa mưa bão, anh em phải kiểm tra thiết bị từ 3 đến 4 lần mỗi ca trực.

6 tháng đầu năm, đèn biển đón hơn 12.000 lượt khách tham quan, tăng 18% so với cùng kỳ.

Toàn huyện hiện có 412 tàu cá, trong đó 186 tàu có chiều dài từ 15 m trở lên thường xuyên khai thác xa bờ. Năm 2024, UBND huyện bố trí 1,8 tỷ đồng lắp đặt 24 phao tiêu phân luồng tại cảng cá Lý Sơn và khu neo đậu tránh trú bão, bảo đảm hai luồng ra vào cho tàu cá. Khu neo đậu có sức chứa khoảng 400 tàu cá có công suất dưới 90 CV.

Theo kế hoạch, năm 2025 huyện phấn đấu bổ sung ít nhất 10 phao tiêu và 2 cột đèn tín hiệu tại cảng Bến Đình, dự kiến kinh phí khoảng 900 triệu đồng.

Số lượt xem: 736
Địa chỉ: Trụ sở UBND huyện Lý Sơn, đường Võ Văn Kiệt, huyện Lý Sơn, tỉnh Quảng Ngãi
Điện thoại: 0255.3867.123
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
LIGHT = "đèn biển Lý Sơn"

FIGS = [
    fig("cao 18 m", "18", 18, "measure", "m", subject=f"chiều cao tháp {LIGHT}"),
    fig("tâm sáng 138 m", "138", 138, "measure", "m", subject=f"độ cao tâm sáng {LIGHT} so với mực nước biển"),
    fig("27 hải lý", "27", 27, "measure", "hải lý", subject=f"tầm hiệu lực ánh sáng {LIGHT}"),
    fig("vận hành một trạm AIS", "một", 1, "count", "trạm AIS", optional=True, subject="trạm AIS"),
    fig("có 5 nhân viên", "5", 5, "count", "nhân viên", subject="nhân viên trạm quản lý đèn biển"),
    fig("ngọn đèn 17 năm", "17", 17, "measure", "năm",
        subject="thời gian trạm trưởng gắn bó với ngọn đèn"),
    fig("khoảng 11 giờ", "11", 11, "measure", "giờ/đêm", approx="about",
        subject="thời gian đèn phát sáng mỗi đêm"),
    fig("từ 3 đến 4 lần", "3", 3, "measure", "lần/ca trực", value_max=4,
        subject="lần kiểm tra thiết bị mỗi ca trực mùa mưa bão"),
    fig("hơn 12.000 lượt", "12.000", 12000, "count", "lượt khách", approx="over",
        change=chg("increase", 18, "%", "cùng kỳ"), subject="lượt khách tham quan đèn biển", period=H1),
    fig("có 412 tàu cá", "412", 412, "count", "tàu cá", subject="tàu cá của huyện"),
    fig("186 tàu", "186", 186, "count", "tàu", total=412,
        subject="tàu cá có chiều dài từ 15 m trở lên khai thác xa bờ"),
    fig("từ 15 m trở lên", "15", 15, "measure", "m", approx="at_least", optional=True,
        subject="chiều dài tàu"),
    fig("bố trí 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng",
        subject="kinh phí lắp đặt phao tiêu phân luồng", period=Y24),
    fig("lắp đặt 24 phao tiêu", "24", 24, "count", "phao tiêu",
        subject="phao tiêu phân luồng lắp đặt tại cảng cá và khu neo đậu tránh trú bão", period=Y24),
    fig("bảo đảm hai luồng", "hai", 2, "count", "luồng", subject="luồng ra vào cho tàu cá", period=Y24),
    fig("khoảng 400 tàu cá", "400", 400, "count", "tàu cá", approx="about",
        subject="sức chứa khu neo đậu tránh trú bão"),
    fig("dưới 90 CV", "90", 90, "measure", "CV", approx="under", optional=True, subject="công suất tàu cá"),
    fig("ít nhất 10 phao tiêu", "10", 10, "count", "phao tiêu", approx="at_least", status="target",
        subject="phao tiêu bổ sung tại cảng Bến Đình", period=Y25),
    fig("và 2 cột đèn", "2", 2, "count", "cột đèn tín hiệu", status="target",
        subject="cột đèn tín hiệu bổ sung tại cảng Bến Đình", period=Y25),
    fig("khoảng 900 triệu đồng", "900", 900e6, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí bổ sung phao tiêu và cột đèn tín hiệu", period=Y25),
]

NOTES = [
    "District portal (huyện Lý Sơn, Quảng Ngãi): 'Thứ Ba, 09/07/2024 - 09:30' (published). Location Lý Sơn throughout.",
    "Distractors: 'Võ Văn Sáu' / 'anh Sáu' (a name that is a number word), '09:30', 'Số lượt xem: 736', phone, 'đường Võ Văn Kiệt'.",
    "Optional: 'một trạm AIS' (one, or the indefinite article), category thresholds 'từ 15 m trở lên', 'dưới 90 CV'.",
    "'mỗi đêm … khoảng 11 giờ', 'từ 3 đến 4 lần mỗi ca trực' are rates (measure, denominator in the unit). '17 năm' is a tenure, the claim itself.",
    "Year-less '6 tháng đầu năm' takes 2024 from the dateline. 'phấn đấu' → target; 'dự kiến kinh phí' → forecast. 'hai luồng' is a number word.",
]

if __name__ == "__main__":
    emit("p1204-2", TEXT, FIGS, NOTES, published="2024-07-09", location="Lý Sơn")
