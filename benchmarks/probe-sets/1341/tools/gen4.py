"""p1341-4: Party/provincial newspaper (Báo Quảng Nam, tag (QNO)): Cù Lao Chàm marine protected area, coral and visitors."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NAM
Thời sự | Kinh tế | Xã hội | Văn hóa | Du lịch

Cù Lao Chàm: Rạn san hô hồi sinh, du khách tăng 18%

Thứ Bảy, 08/06/2024 | 07:15

Sau hơn 20 năm thành lập khu bảo tồn biển, hệ sinh thái rạn san hô ở Cù Lao Chàm đang phục hồi rõ rệt, kéo theo lượng khách tham quan tăng mạnh.

(QNO) - Theo Ban Quản lý Khu bảo tồn biển Cù Lao Chàm (TP Hội An), 5 tháng đầu năm 2024, khu bảo tồn đón khoảng 212.000 lượt khách, tăng 18% so với cùng kỳ; thu phí tham quan ước đạt 4,24 tỷ đồng, bằng 53% kế hoạch năm.

Kết quả khảo sát mới nhất cho thấy độ phủ san hô sống bình quân đạt 38,6%, cao hơn 4,2 điểm phần trăm so với năm 2022. Tại 12 điểm quan trắc, các nhà khoa học ghi nhận 277 loài san hô, trong đó 8 loài có tên trong Sách Đỏ Việt Nam; số loài cá rạn là 270 loài.

Khu bảo tồn gồm 8 đảo với tổng diện tích 235 km2, trong đó vùng lõi rộng 15,3 km2. Xã đảo Tân Hiệp có gần 3.000 nhân khẩu; đã có hai chục hộ chuyển từ khai thác hải sản sang làm dịch vụ homestay, lặn ngắm san hô, thu nhập bình quân 12-15 triệu đồng/hộ/tháng.

Ông Lê Văn Trung, Giám đốc Ban Quản lý cho biết, từ năm 2009 đến nay, lượng túi ni lông sử dụng trên đảo đã giảm khoảng 90%. Năm nay, đơn vị dự kiến trồng thêm 500 m2 san hô và giới hạn tối đa 3.000 lượt khách/ngày để giảm áp lực lên hệ sinh thái.

HOÀNG LIÊN

Tin cùng chuyên mục:
- Hội An ra quân dọn vệ sinh biển hưởng ứng Ngày Đại dương thế giới 8/6
- Quảng Nam: Khai mạc Lễ hội Cầu ngư năm 2024
"""

M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
SINCE = per("từ năm 2009 đến nay", "2009-01-01", "2024-06-08")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("du khách tăng 18%", "18", 18, "percent", "%", subject="lượng du khách"),
    fig("Sau hơn 20 năm", "20", 20, "measure", "năm", approx="over", subject="thời gian thành lập khu bảo tồn biển",
        optional=True),
    fig("khoảng 212.000 lượt", "212.000", 212000, "count", "lượt khách", approx="about",
        change=chg("increase", 18, "%", "cùng kỳ"), subject="lượt khách khu bảo tồn đón", period=M5),
    fig("ước đạt 4,24 tỷ", "4,24", 4.24e9, "money", "đồng", percent=53, status="estimate",
        subject="thu phí tham quan", period=M5),
    fig("bình quân đạt 38,6%", "38,6", 38.6, "percent", "%",
        change=chg("increase", 4.2, "điểm phần trăm", "năm 2022"), subject="độ phủ san hô sống bình quân"),
    fig("Tại 12 điểm", "12", 12, "count", "điểm quan trắc", subject="điểm quan trắc"),
    fig("ghi nhận 277 loài", "277", 277, "count", "loài san hô", subject="loài san hô ghi nhận"),
    fig("trong đó 8 loài", "8", 8, "count", "loài", total=277, subject="loài có tên trong Sách Đỏ Việt Nam"),
    fig("là 270 loài", "270", 270, "count", "loài", subject="số loài cá rạn"),
    fig("gồm 8 đảo", "8", 8, "count", "đảo", subject="đảo của khu bảo tồn"),
    fig("diện tích 235 km2", "235", 235, "measure", "km2", subject="tổng diện tích khu bảo tồn"),
    fig("rộng 15,3 km2", "15,3", 15.3, "measure", "km2", total=235, subject="diện tích vùng lõi"),
    fig("gần 3.000 nhân khẩu", "3.000", 3000, "count", "nhân khẩu", approx="nearly",
        subject="nhân khẩu xã đảo Tân Hiệp"),
    fig("hai chục hộ", "hai chục", 20, "count", "hộ",
        subject="hộ chuyển từ khai thác hải sản sang làm dịch vụ"),
    fig("12-15 triệu", "12", 12e6, "money", "đồng/hộ/tháng", value_max=15e6, subject="thu nhập bình quân"),
    fig("giảm khoảng 90%", "90", 90, "percent", "%", approx="about",
        subject="lượng túi ni lông sử dụng trên đảo", period=SINCE),
    fig("thêm 500 m2", "500", 500, "measure", "m2", status="forecast", subject="san hô trồng thêm", period=NOW),
    fig("tối đa 3.000 lượt", "3.000", 3000, "measure", "lượt khách/ngày", approx="at_most", status="forecast",
        subject="giới hạn lượt khách", period=NOW),
]

NOTES = [
    "Provincial Party newspaper (Báo Quảng Nam): 'Thứ Bảy, 08/06/2024 | 07:15', sapo, tag '(QNO) -', byline, related links.",
    "Distractors: dateline and time, 'Ngày Đại dương thế giới 8/6' and 'năm 2024' in links, baselines 'năm 2022', 'cùng kỳ'.",
    "Cù Lao Chàm (xã Tân Hiệp) lies in TP Hội An, named in the lead: every figure is located in Hội An.",
    "Headline 'du khách tăng 18%' is a growth rate that is the claim (percent, no change, no period in the headline);",
    "in the body 'tăng 18% so với cùng kỳ' is the change of 212.000 lượt. 'Sau hơn 20 năm thành lập' is a duration that",
    "locates the story in time (optional). 'ước đạt' → estimate; 'bằng 53% kế hoạch năm' → percent 53.",
    "'cao hơn 4,2 điểm phần trăm so với năm 2022' is the change of the 38,6% level; the survey sentence has no period.",
    "'277 loài san hô, trong đó 8 loài' → total 277. 'gồm 8 đảo' has no whole (the cue follows no count). 'trong đó vùng",
    "lõi rộng 15,3 km2' → total 235 (same unit). 'hai chục hộ' = 20. 'giảm khoảng 90%' is a rate as the claim.",
    "'từ năm 2009 đến nay' ends at the dateline. 'Năm nay ... dự kiến' governs both coordinated clauses (forecast, 2024);",
    "'tối đa 3.000 lượt khách/ngày' is a rate (measure, at_most).",
]

if __name__ == "__main__":
    write("p1341-4", TEXT, NOTES, FIGS, published="2024-06-08", location="Hội An")
