"""p493-8: NHCSXH chi nhánh Long An (agency site) — social housing loans, first half 2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """NGÂN HÀNG CHÍNH SÁCH XÃ HỘI - CHI NHÁNH TỈNH LONG AN
Trang chủ » Hoạt động chi nhánh
24/06/2024 08:10

Dư nợ cho vay nhà ở xã hội tăng hơn 28% sau 6 tháng

Đến ngày 20/6/2024, tổng dư nợ cho vay nhà ở xã hội của Chi nhánh đạt 312,6 tỷ đồng với 1.184 khách hàng còn dư nợ, tăng 68,9 tỷ đồng so với cuối năm 2023, tăng trưởng 28,3%.

Trong 6 tháng đầu năm 2024, Chi nhánh đã giải ngân 96,5 tỷ đồng cho 342 khách hàng, trong đó cho vay mua, thuê mua nhà ở xã hội 58,2 tỷ đồng, cho vay xây mới, sửa chữa nhà để ở 38,3 tỷ đồng. Các huyện có dư nợ nhà ở xã hội lớn là Đức Hòa 98,4 tỷ đồng, Bến Lức 76,1 tỷ đồng, tiếp đến là Cần Giuộc 52,7 tỷ đồng.

Theo Nghị định số 100/2024/NĐ-CP, lãi suất cho vay nhà ở xã hội hiện là 6,6%/năm; mức vay tối đa 500 triệu đồng/khách hàng, thời hạn vay tối đa 25 năm. Bên cạnh đó, dư nợ cho vay hộ nghèo về nhà ở theo Quyết định số 33/2015/QĐ-TTg đạt 45,8 tỷ đồng với 1.652 hộ, mức vay 40 triệu đồng/hộ.

Kế hoạch vốn cho vay nhà ở xã hội năm 2024 được giao là 150 tỷ đồng; đến nay Chi nhánh đã giải ngân đạt 64,3%. Dự kiến đến cuối năm 2024, dư nợ nhà ở xã hội đạt khoảng 400 tỷ đồng, tăng khoảng 64% so với cuối năm 2023.

Khách hàng có nhu cầu liên hệ Điểm giao dịch xã hoặc trụ sở Chi nhánh tại số 57 Nguyễn Huệ, Phường 1, TP. Tân An. Hotline: 0272.3826.437.
"""

ASOF = P("Đến ngày 20/6/2024", end="2024-06-20")
H1 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("tăng hơn 28%", "28", 28, "percent", "%", approx="over", subject="dư nợ cho vay nhà ở xã hội"),
    F("đạt 312,6 tỷ đồng", "312,6", 312.6e9, "money", "đồng",
      change=CH("increase", 68.9e9, unit="đồng", baseline="cuối năm 2023"),
      subject="tổng dư nợ cho vay nhà ở xã hội", period=ASOF),
    F("với 1.184 khách hàng", "1.184", 1184, "count", "khách hàng", subject="khách hàng còn dư nợ", period=ASOF),
    F("tăng trưởng 28,3%", "28,3", 28.3, "percent", "%", subject="tăng trưởng dư nợ cho vay nhà ở xã hội",
      period=ASOF, optional=True),
    F("giải ngân 96,5 tỷ đồng", "96,5", 96.5e9, "money", "đồng", subject="vốn giải ngân cho vay nhà ở xã hội",
      period=H1),
    F("cho 342 khách hàng", "342", 342, "count", "khách hàng", subject="khách hàng được giải ngân", period=H1),
    F("xã hội 58,2 tỷ đồng", "58,2", 58.2e9, "money", "đồng", total=96.5e9,
      subject="vốn giải ngân cho vay mua, thuê mua nhà ở xã hội", period=H1),
    F("để ở 38,3 tỷ đồng", "38,3", 38.3e9, "money", "đồng", total=96.5e9,
      subject="vốn giải ngân cho vay xây mới, sửa chữa nhà để ở", period=H1),
    F("Đức Hòa 98,4 tỷ đồng", "98,4", 98.4e9, "money", "đồng", subject="dư nợ nhà ở xã hội", location="Đức Hòa"),
    F("Bến Lức 76,1 tỷ đồng", "76,1", 76.1e9, "money", "đồng", subject="dư nợ nhà ở xã hội", location="Bến Lức"),
    F("Cần Giuộc 52,7 tỷ đồng", "52,7", 52.7e9, "money", "đồng", subject="dư nợ nhà ở xã hội", location="Cần Giuộc"),
    F("là 6,6%/năm", "6,6", 6.6, "percent", "%", subject="lãi suất cho vay nhà ở xã hội"),
    F("tối đa 500 triệu đồng/khách hàng", "500", 500e6, "money", "đồng/khách hàng", approx="at_most",
      subject="mức vay"),
    F("tối đa 25 năm", "25", 25, "measure", "năm", approx="at_most", subject="thời hạn vay", optional=True),
    F("đạt 45,8 tỷ đồng", "45,8", 45.8e9, "money", "đồng", subject="dư nợ cho vay hộ nghèo về nhà ở"),
    F("với 1.652 hộ", "1.652", 1652, "count", "hộ", subject="hộ nghèo vay vốn về nhà ở"),
    F("40 triệu đồng/hộ", "40", 40e6, "money", "đồng/hộ", subject="mức vay hộ nghèo về nhà ở"),
    F("là 150 tỷ đồng", "150", 150e9, "money", "đồng", status="target",
      subject="kế hoạch vốn cho vay nhà ở xã hội được giao", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 64,3%", "64,3", 64.3, "percent", "%", subject="tỷ lệ giải ngân kế hoạch vốn",
      period=P("đến nay", end="2024-06-24")),
    F("khoảng 400 tỷ đồng", "400", 400e9, "money", "đồng", approx="about", status="forecast",
      change=CH("increase", 64, approx="about", baseline="cuối năm 2023"),
      subject="dư nợ nhà ở xã hội", period=P("đến cuối năm 2024", end="2024-12-31")),
]

COMMENTS = [
    "NHCSXH chi nhánh Long An site (invented): social-housing loans to 20/6/2024, H1 disbursement, districts, loan terms, 2024 plan.",
    "Dateline '24/06/2024 08:10' is published. Distractors: Nghị định số 100/2024/NĐ-CP, Quyết định số 33/2015/QĐ-TTg, số 57 Nguyễn Huệ,",
    "Phường 1, hotline. Headline 'tăng hơn 28%' is a growth rate standing as the claim: percent figure, no change.",
    "'312,6 tỷ …, tăng 68,9 tỷ đồng so với cuối năm 2023, tăng trưởng 28,3%': the first change (68,9 tỷ) is the attribute, the second is its own",
    "percent figure (optional per 'one of each attribute'). 58,2 + 38,3 = 96,5 tỷ after 'trong đó': total.",
    "Districts listed without brackets ('Đức Hòa 98,4 tỷ đồng, … tiếp đến là …') go to location. '6,6%/năm' is a percent (unit %).",
    "Loan term 'tối đa 25 năm' optional. 'đến nay' ends at the dateline. 'Dự kiến … khoảng 400 tỷ, tăng khoảng 64%' -> forecast with change.",
]

if __name__ == "__main__":
    emit("p493-8", TEXT, COMMENTS, FIGS, published="2024-06-24", location="Long An")
