from lib import *

head = """Krông Pắc: Đẩy mạnh cấp đông, bảo quản sầu riêng phục vụ xuất khẩu
25/11/2024 15:40

Năm 2024, toàn huyện Krông Pắc ước có 6.300 ha sầu riêng, trong đó 4.150 ha cho thu hoạch; sản lượng ước đạt 72.500 tấn, tăng 17,3% so với năm 2023. Từ đầu năm đến nay, 3 nhà máy cấp đông trên địa bàn đã cấp đông hơn 9.600 tấn sầu riêng múi và nguyên trái, gấp đôi cùng kỳ.

Hiện có 14 hợp tác xã liên kết với doanh nghiệp trên diện tích 1.860 ha, chiếm 29,5% diện tích sầu riêng toàn huyện; đã có 42 mã số vùng trồng được cấp. Giá sầu riêng Ri6 tại vườn dao động 65.000-80.000 đồng/kg.

Một số chỉ tiêu về chế biến, bảo quản sầu riêng

Chỉ tiêu

Đơn vị tính

Năm 2022

Năm 2023

Ước năm 2024

"""
rows = [
    ("Diện tích sầu riêng", "ha", ["4.850", "5.620", "6.300"], "measure", "Diện tích sầu riêng"),
    ("Sản lượng", "tấn", ["52.400", "61.800", "72.500"], "measure", "Sản lượng sầu riêng"),
    ("Số cơ sở sơ chế, đóng gói", "cơ sở", ["18", "26", "34"], "count", "Số cơ sở sơ chế, đóng gói"),
    ("Công suất cấp đông", "tấn/ngày", ["60", "150", "280"], "measure", "Công suất cấp đông"),
    ("Sức chứa kho lạnh", "tấn", ["1.200", "2.900", "4.600"], "measure", "Sức chứa kho lạnh"),
    ("Tỷ lệ sản lượng qua chế biến, cấp đông", "%", ["6,5", "11,2", "17,0"], "percent",
     "Tỷ lệ sản lượng qua chế biến, cấp đông"),
]
table = ""
for label, unit, cells, kind, subj in rows:
    table += label + "\n\n" + unit + "\n\n" + "\n\n".join(cells) + "\n\n"
tail = """Nguồn: Phòng Nông nghiệp và PTNT huyện

Năm 2025, huyện phấn đấu nâng công suất cấp đông lên 400 tấn/ngày, tỷ lệ sản lượng qua chế biến đạt trên 25%. Các doanh nghiệp cần hỗ trợ liên hệ Phòng Kinh tế - Hạ tầng, số 02 Giải Phóng, thị trấn Phước An.

Thu Hà - Trung tâm VH-TT&TT huyện
"""
text = head + table + tail

L = "Krông Pắc"
years = [("Năm 2022", "2022-01-01", "2022-12-31", "actual"), ("Năm 2023", "2023-01-01", "2023-12-31", "actual"),
         ("Ước năm 2024", "2024-01-01", "2024-12-31", "estimate")]
p24 = P("Năm 2024", "2024-01-01", "2024-12-31")
p24i = P("Năm 2024", "2024-01-01", "2024-12-31", True)

figs = [
    F("ước có 6.300 ha", "6.300", 6300, "measure", "ha", "diện tích sầu riêng", status="estimate", period=p24),
    F("4.150 ha", "4.150", 4150, "measure", "ha", "diện tích sầu riêng cho thu hoạch", total=6300,
      status="estimate", period=p24),
    F("ước đạt 72.500 tấn", "72.500", 72500, "measure", "tấn", "sản lượng sầu riêng",
      change=CH("increase", 17.3, "%", "năm 2023"), status="estimate", period=p24),
    F("nay, 3 nhà máy", "3", 3, "count", "nhà máy", "nhà máy cấp đông",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-11-25")),
    F("hơn 9.600 tấn", "9.600", 9600, "measure", "tấn", "sầu riêng múi và nguyên trái được cấp đông",
      approx="over", change=CH("increase", 2, "lần", "cùng kỳ"),
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-11-25")),
    F("có 14 hợp tác xã", "14", 14, "count", "hợp tác xã", "hợp tác xã liên kết với doanh nghiệp", period=p24i),
    F("diện tích 1.860 ha", "1.860", 1860, "measure", "ha", "diện tích hợp tác xã liên kết với doanh nghiệp",
      percent=29.5, period=p24i),
    F("có 42 mã số", "42", 42, "count", "mã số vùng trồng", "mã số vùng trồng được cấp", period=p24i),
    F("65.000-80.000 đồng/kg", "65.000", 65000, "money", "đồng/kg", "giá sầu riêng Ri6 tại vườn",
      value_max=80000, period=p24i),
]
for label, unit, cells, kind, subj in rows:
    for i, c in enumerate(cells):
        anchor = label + "\n\n" + unit + "\n\n" + "\n\n".join(cells[:i + 1])
        v = float(c.replace(".", "").replace(",", "."))
        yt, ys, ye, st = years[i]
        f = F(anchor, c, v, kind, unit if kind != "percent" else "%", subj + " " + yt.lower(),
              period=P(yt, ys, ye))
        if st != "actual":
            f["status"] = st
        figs.append(f)
p25 = P("Năm 2025", "2025-01-01", "2025-12-31")
figs += [
    F("lên 400 tấn/ngày", "400", 400, "measure", "tấn/ngày", "công suất cấp đông", status="target", period=p25),
    F("trên 25%", "25", 25, "percent", "%", "tỷ lệ sản lượng qua chế biến", approx="over", status="target",
      period=p25),
]

build(7, [
    "District portal (huyện Krông Pắc, Đắk Lắk): durian freezing, cold storage, contract farming; bare 'dd/mm/yyyy hh:mm' dateline, byline at end.",
    "One-cell-per-line table (Chỉ tiêu | Đơn vị tính | Năm 2022 | Năm 2023 | Ước năm 2024): unit from the Đơn vị tính cell, period from the",
    "  column header, 'Ước năm 2024' column gives status estimate. Subject = row label + column label. Every cell is a figure.",
    "Distractors: variety name 'Ri6', address 'số 02 Giải Phóng', 'Nguồn:' line, byline unit name.",
    "'Từ đầu năm đến nay' runs 2024-01-01 to the dateline 2024-11-25. 'gấp đôi cùng kỳ' is the change of 9.600 tấn (2 lần).",
    "4.150 ha after 'trong đó' is a part of 6.300 ha. 'chiếm 29,5%' is the percent of 1.860 ha. 'Hiện có' sentences inherit 'Năm 2024'.",
    "Status: 'ước có 6.300 ha, trong đó 4.150 ha' — the cue governs the continuing clause, so 4.150 is an estimate too.",
], text, figs, published="2024-11-25", location=L)
