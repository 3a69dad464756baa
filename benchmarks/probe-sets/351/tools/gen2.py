from lib import Doc, P, CH, TG

TEXT = """SỞ Y TẾ TỈNH BÌNH THUẬN
TRUNG TÂM KIỂM SOÁT BỆNH TẬT
Số: 1127/BC-KSBT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Thuận, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình bệnh sốt xuất huyết 9 tháng năm 2024

Thực hiện Công văn số 2456/SYT-NVY ngày 25/9/2024 của Sở Y tế, Trung tâm Kiểm soát bệnh tật tỉnh báo cáo như sau:

I. TÌNH HÌNH DỊCH
9 tháng năm 2024, toàn tỉnh ghi nhận 1.684 ca mắc sốt xuất huyết, giảm 22,5% so với cùng kỳ năm 2023 (2.173 ca); không ghi nhận ca tử vong. Số ca nhập viện điều trị nội trú là 1.105 ca, chiếm 65,6% tổng số ca mắc. Riêng quý III/2024, ghi nhận 812 ca, chiếm 48,2% số ca mắc 9 tháng.

II. SỐ LIỆU THEO ĐỊA PHƯƠNG
Bảng 1. Số ca mắc, ổ dịch sốt xuất huyết tính đến 30/9
Đơn vị tính: ca, ổ dịch
Địa phương | Số ca mắc | Ổ dịch phát hiện | Ổ dịch đã xử lý | Tỷ lệ xử lý (%)
Phan Thiết | 512 | 64 | 64 | 100
Hàm Thuận Bắc | 298 | 37 | 36 | 97,3
Đức Linh | 245 | 29 | 29 | 100
Tánh Linh | 187 | 22 | 21 | 95,5
Các địa phương khác | 442 | 51 | 50 | 98
Toàn tỉnh | 1.684 | 203 | 200 | 98,5

III. CÔNG TÁC PHÒNG, CHỐNG DỊCH
Trong kỳ, Trung tâm đã phối hợp tổ chức 2 đợt chiến dịch diệt lăng quăng tại 124/124 xã, phường, thị trấn; phun hóa chất diệt muỗi chủ động cho 18.620 hộ gia đình, đạt 103,4% kế hoạch. Tổng kinh phí thực hiện khoảng 2,35 tỷ đồng, trong đó ngân sách tỉnh 1,9 tỷ đồng.

IV. KIẾN NGHỊ
Đề nghị Sở Y tế bổ sung 500 lít hóa chất Permethrin 50EC và 10 máy phun ULV cho các huyện trọng điểm.

Nơi nhận:
- Sở Y tế (b/c);
- Lưu: VT, KSBT.
GIÁM ĐỐC
Lê Minh Đức
"""

d = Doc("p351-2", TEXT, [
    "Formal report with letterhead (CDC Bình Thuận, 'Số: 1127/BC-KSBT'); the place-and-date line 'Bình Thuận, ngày 08 tháng 10 năm 2024' is its date.",
    "Flattened '|' table with 'Đơn vị tính: ca, ổ dịch' and a '(%)' column. Every numeric cell is a figure; subject = column label (+ row label when not a place);",
    "district row labels go to location; 'Toàn tỉnh' and 'Các địa phương khác' keep the province. Period 'tính đến 30/9' from the table caption (inherited; year 2024 from the title).",
    "'(2.173 ca)' is the baseline amount of the change: a figure of its own, period = the same 9 months of 2023. '1.105 ca, chiếm 65,6% tổng số ca mắc': percent, no numeric whole named.",
    "'124/124 xã, phường, thị trấn' total 124; '18.620 hộ …, đạt 103,4% kế hoạch' percent; '1,9 tỷ đồng' follows 'trong đó' after 2,35 tỷ: total. 'Trong kỳ' = the report's 9 months (inherited).",
    "Distractors: document numbers, 'Công văn số 2456/SYT-NVY ngày 25/9/2024', section numbers I.–IV., 'Bảng 1', 'Permethrin 50EC' (product name), 'Lưu: VT, KSBT'.",
    "The requested 500 lít and 10 máy phun (a proposal, not a fact, plan or estimate) are optional.",
    "revised after the first run: 'Toàn tỉnh' row subjects are the column label only ('Toàn tỉnh' is a place label, so it goes to location), as for the district rows.",
], published="2024-10-08", location="Bình Thuận")

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
TAB = P("tính đến 30/9", None, "2024-09-30", inherited=True)

d.f("ghi nhận 1.684 ca mắc", "1.684", 1684, "count", "ca", "ca mắc sốt xuất huyết", M9,
    change=CH("decrease", 22.5, "%", "cùng kỳ năm 2023"))
d.f("(2.173 ca)", "2.173", 2173, "count", "ca", "ca mắc sốt xuất huyết cùng kỳ năm 2023",
    P("cùng kỳ năm 2023", "2023-01-01", "2023-09-30"))
d.f("là 1.105 ca", "1.105", 1105, "count", "ca", "ca nhập viện điều trị nội trú", M9i, percent=65.6)
d.f("ghi nhận 812 ca", "812", 812, "count", "ca", "ca mắc sốt xuất huyết", P("quý III/2024", "2024-07-01", "2024-09-30"),
    percent=48.2)

rows = [("Phan Thiết", "Phan Thiết", ["512", "64", "64", "100"]),
        ("Hàm Thuận Bắc", "Hàm Thuận Bắc", ["298", "37", "36", "97,3"]),
        ("Đức Linh", "Đức Linh", ["245", "29", "29", "100"]),
        ("Tánh Linh", "Tánh Linh", ["187", "22", "21", "95,5"]),
        ("Các địa phương khác", None, ["442", "51", "50", "98"]),
        ("Toàn tỉnh", None, ["1.684", "203", "200", "98,5"])]
cols = [("Số ca mắc", "count", "ca"), ("Ổ dịch phát hiện", "count", "ổ dịch"),
        ("Ổ dịch đã xử lý", "count", "ổ dịch"), ("Tỷ lệ xử lý", "percent", "%")]


def num(s):
    return float(s.replace(".", "").replace(",", ".")) if "," in s else int(s.replace(".", ""))


for label, place, cells in rows:
    line = label + " | " + " | ".join(cells)
    for i, (c, (col, kind, unit)) in enumerate(zip(cells, cols)):
        # anchor: from this cell to the end of the row (cells repeat inside a row), else row start to cell
        tail = " | ".join(cells[i:]) + "\n"
        head = label + " | " + " | ".join(cells[:i + 1]) + (" |" if i < 3 else "\n")
        anchor = head if c not in cells[:i] else "| " + tail
        if TEXT.count(anchor) != 1:
            anchor = head
        subj = col if (place or label == "Toàn tỉnh") else f"{col} {label.lower()}"
        d.f(anchor, c, num(c), kind, unit, subj, TAB, location=place)

d.f("2 đợt chiến dịch", "2", 2, "count", "đợt", "đợt chiến dịch diệt lăng quăng", M9i)
d.f("tại 124/124 xã", "124", 124, "count", "xã, phường, thị trấn", "xã, phường, thị trấn tổ chức chiến dịch diệt lăng quăng",
    M9i, total=124)
d.f("cho 18.620 hộ", "18.620", 18620, "count", "hộ gia đình", "hộ gia đình được phun hóa chất diệt muỗi chủ động", M9i,
    percent=103.4)
d.f("khoảng 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng", "kinh phí thực hiện phòng chống sốt xuất huyết", M9i,
    approx="about")
d.f("tỉnh 1,9 tỷ đồng", "1,9", 1900000000, "money", "đồng", "kinh phí từ ngân sách tỉnh", M9i, total=2350000000)
d.f("bổ sung 500 lít", "500", 500, "measure", "lít", "hóa chất Permethrin đề nghị bổ sung", optional=True)
d.f("và 10 máy phun", "10", 10, "count", "máy phun", "máy phun ULV đề nghị bổ sung", optional=True)
d.write()
