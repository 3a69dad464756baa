"""p1138-4: ministry site (Bộ VHTTDL), national thiết chế văn hóa, thể thao cơ sở, to October 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Gia đình - Văn hóa cơ sở

Cả nước có hơn 101.000 thôn, tổ dân phố có nhà văn hóa

Ngày đăng: 05/12/2023 | Lượt xem: 1.093

Theo báo cáo của Vụ Văn hóa cơ sở, Gia đình và Thư viện, tính đến tháng 10/2023, 63/63 tỉnh, thành phố có trung tâm văn hóa - thể thao cấp tỉnh; 9.420/10.598 xã, phường, thị trấn có trung tâm văn hóa - thể thao (đạt 88,9%); khoảng 101.600 thôn, tổ dân phố có nhà văn hóa hoặc hội trường đa năng, chiếm 94,2%.

Các địa phương có tỷ lệ xã có trung tâm văn hóa - thể thao cao nhất lần lượt là Nam Định (100%), Hưng Yên (99,2%) và Bắc Ninh (98,7%); thấp nhất là Lai Châu (52,3%).

Về thiết chế thể thao, cả nước hiện có khoảng 18.400 sân bóng đá các loại, trong đó hơn 11.000 sân bóng đá mini cỏ nhân tạo, cùng gần 3.200 nhà tập luyện, nhà thi đấu đa năng. Số sân bóng đá mini cỏ nhân tạo hiện gấp khoảng 4 lần năm 2015.

Giai đoạn 2021-2023, tổng vốn đầu tư cho hệ thống thiết chế văn hóa, thể thao cơ sở đạt khoảng 12.500 tỷ đồng; ngân sách trung ương chiếm 18%, ngân sách địa phương 47%, xã hội hóa 35%.

Năm 2022, tỷ lệ dân số tập luyện thể dục thể thao thường xuyên đạt 36,2%, tăng 1,4 điểm phần trăm so với năm 2021; số gia đình thể thao đạt khoảng 5,35 triệu hộ.

Thực hiện Nghị quyết số 33-NQ/TW, Bộ đặt mục tiêu đến năm 2025, 100% xã có trung tâm văn hóa - thể thao; đến năm 2030, tỷ lệ dân số tập luyện thể dục thể thao thường xuyên đạt 45%.

BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Địa chỉ: 51 Ngô Quyền, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

ASOF = P("tính đến tháng 10/2023", None, "2023-10-31")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
XA = "tỷ lệ xã có trung tâm văn hóa - thể thao"
CAP = "tổng vốn đầu tư cho hệ thống thiết chế văn hóa, thể thao cơ sở"

FIGS = [
    F("hơn 101.000 thôn", "101.000", 101000, "count", "thôn, tổ dân phố", approx="over",
      subject="thôn, tổ dân phố có nhà văn hóa"),
    F("63/63", "63", 63, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố có trung tâm văn hóa - thể thao cấp tỉnh", period=ASOF),
    F("9.420/10.598", "9.420", 9420, "count", "xã, phường, thị trấn", total=10598, percent=88.9,
      subject="xã, phường, thị trấn có trung tâm văn hóa - thể thao", period=ASOF),
    F("khoảng 101.600 thôn", "101.600", 101600, "count", "thôn, tổ dân phố", approx="about", percent=94.2,
      subject="thôn, tổ dân phố có nhà văn hóa hoặc hội trường đa năng", period=ASOF),
    F("Nam Định (100%)", "100", 100, "percent", "%", subject=XA, period=I(ASOF), location="Nam Định"),
    F("Hưng Yên (99,2%)", "99,2", 99.2, "percent", "%", subject=XA, period=I(ASOF), location="Hưng Yên"),
    F("Bắc Ninh (98,7%)", "98,7", 98.7, "percent", "%", subject=XA, period=I(ASOF), location="Bắc Ninh"),
    F("Lai Châu (52,3%)", "52,3", 52.3, "percent", "%", subject=XA, period=I(ASOF), location="Lai Châu"),
    F("khoảng 18.400 sân", "18.400", 18400, "count", "sân bóng đá", approx="about",
      subject="sân bóng đá các loại"),
    F("hơn 11.000 sân", "11.000", 11000, "count", "sân bóng đá mini", approx="over", total=18400,
      subject="sân bóng đá mini cỏ nhân tạo"),
    F("gần 3.200 nhà", "3.200", 3200, "count", "nhà tập luyện, nhà thi đấu đa năng", approx="nearly",
      subject="nhà tập luyện, nhà thi đấu đa năng"),
    F("gấp khoảng 4 lần", "4", 4, "multiple", "lần", approx="about",
      subject="số sân bóng đá mini cỏ nhân tạo so với năm 2015"),
    F("khoảng 12.500 tỷ", "12.500", 12500e9, "money", "đồng", approx="about", subject=CAP, period=G),
    F("chiếm 18%", "18", 18, "percent", "%", subject=f"tỷ trọng ngân sách trung ương trong {CAP}", period=G),
    F("phương 47%", "47", 47, "percent", "%", subject=f"tỷ trọng ngân sách địa phương trong {CAP}", period=G),
    F("hóa 35%", "35", 35, "percent", "%", subject=f"tỷ trọng xã hội hóa trong {CAP}", period=G),
    F("đạt 36,2%", "36,2", 36.2, "percent", "%", change=C("increase", 1.4, "điểm phần trăm", "năm 2021"),
      subject="tỷ lệ dân số tập luyện thể dục thể thao thường xuyên", period=Y22),
    F("khoảng 5,35 triệu", "5,35", 5350000, "count", "hộ", approx="about", subject="gia đình thể thao",
      period=Y22),
    F("2025, 100%", "100", 100, "percent", "%", status="target", subject=XA, period=T25),
    F("đạt 45%", "45", 45, "percent", "%", status="target",
      subject="tỷ lệ dân số tập luyện thể dục thể thao thường xuyên", period=T30),
]

NOTES = [
    "Ministry site (Bộ VHTTDL): national figures, default location Việt Nam. 'Ngày đăng: 05/12/2023 | Lượt xem: 1.093' (published; counter not a figure).",
    "Distractors: 'Nghị quyết số 33-NQ/TW', address '51 Ngô Quyền', phone 024.3943.8231, 'tháng 10/2023', 'năm 2015' (a baseline).",
    "The province list after the national count: each item is a percent figure with its province as location, subject the list's indicator.",
    "'(đạt 88,9%)' and 'chiếm 94,2%' are the shares of 9.420 and 101.600. 'cùng gần 3.200 nhà …' is not a part of the 18.400 sân (no total).",
    "'gấp khoảng 4 lần năm 2015' stands alone as the claim → multiple. The budget shares after '12.500 tỷ đồng;' are parts' shares with no amount:",
    "percent figures of their own (not the percent of 12.500 tỷ). 'tăng 1,4 điểm phần trăm' is the change of 36,2% (a level, not a growth rate).",
]

if __name__ == "__main__":
    write("p1138-4", TEXT, NOTES, FIGS, published="2023-12-05", location="Việt Nam")
