"""p1393-6: department site (Trung tâm Nước sạch và VSMT nông thôn Quảng Ninh), no dateline; Cô Tô; one-cell-per-line table."""
from lib import F, change, write, year

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NINH
Trung tâm Nước sạch và Vệ sinh môi trường nông thôn
Trang chủ | Giới thiệu | Tin hoạt động | Dự án | Liên hệ

Cô Tô chủ động nước ngọt cho người dân và du khách

Huyện đảo Cô Tô hiện có 3 nguồn cấp nước chính: hồ Chiến Thắng dung tích khoảng 320.000 m3, hồ Trường Xuân 150.000 m3 và Nhà máy lọc nước biển Cô Tô. Nước thô từ hồ chứa được xử lý tại Nhà máy nước Cô Tô công suất 1.200 m3/ngày đêm.

Năm 2024, Trung tâm hoàn thành nâng cấp Nhà máy lọc nước biển Cô Tô từ 1.500 lên 2.000 m3/ngày đêm với kinh phí 18,6 tỷ đồng, lắp đặt gần ba chục bồn chứa dự phòng tại các điểm đông dân, mỗi bồn dung tích 10 m3.

Kết quả cấp nước sinh hoạt huyện Cô Tô
Chỉ tiêu
Đơn vị
Năm 2023
Kế hoạch 2024
Ước thực hiện 2024
Tổng công suất cấp nước
m3/ngày đêm
2.700
3.500
3.200
Trong đó: lọc nước biển
m3/ngày đêm
1.500
2.000
2.000
Số hộ được cấp nước sạch
hộ
1.640
1.750
1.772
Tỷ lệ hộ dùng nước sạch
%
86,5
92
93,1

Như vậy, tỷ lệ hộ dùng nước sạch năm 2024 ước đạt 93,1%, vượt 1,1% so với kế hoạch. Vào cao điểm du lịch hè, Cô Tô đón 5.000-6.000 lượt khách/ngày, nhu cầu nước tăng gần gấp đôi.

Địa chỉ: Tầng 4, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3835.412
Lượt truy cập: 1.204.377 | Đang online: 15
"""

Y24 = year("Năm 2024", 2024)
y24 = year("năm 2024", 2024)
COLS = [("năm 2023", year("Năm 2023", 2023), None),
        ("kế hoạch 2024", year("Kế hoạch 2024", 2024), "target"),
        ("ước thực hiện 2024", year("Ước thực hiện 2024", 2024), "estimate")]
# row label, anchor prefix before the first cell, subject head, kind, unit, cells, totals (Trong đó row)
ROWS = [
    ("m3/ngày đêm\n2.700", "tổng công suất cấp nước", "measure", "m3/ngày đêm", ["2.700", "3.500", "3.200"], None),
    ("m3/ngày đêm\n1.500", "công suất lọc nước biển", "measure", "m3/ngày đêm", ["1.500", "2.000", "2.000"],
     [2700, 3500, 3200]),
    ("hộ\n1.640", "số hộ được cấp nước sạch", "count", "hộ", ["1.640", "1.750", "1.772"], None),
    ("%\n86,5", "tỷ lệ hộ dùng nước sạch", "percent", "%", ["86,5", "92", "93,1"], None),
]


NEXT = ["Trong đó", "Số hộ", "Tỷ lệ hộ dùng", "\n"]


def value(n):
    return float(n.replace(".", "").replace(",", "."))


def cells():
    out = []
    for r, (first, head, kind, unit, nums, totals) in enumerate(ROWS):
        for i, n in enumerate(nums):
            anchor = first if i == 0 else f"{nums[i - 1]}\n{n}"
            if i > 0 and nums[i - 1] == n:
                # '2.000\n2.000': the scorer would take the first 2.000 (the plan cell); anchor on what follows
                anchor = f"{n}\n{NEXT[r]}"
            col, per, status = COLS[i]
            kw = {}
            if status:
                kw["status"] = status
            if totals:
                kw["total"] = totals[i]
            out.append(F(anchor, n, value(n), kind, unit, f"{head} {col}", per, **kw))
    return out


FIGS = [
    F("có 3 nguồn", "3", 3, "count", "nguồn cấp nước", "nguồn cấp nước chính"),
    F("khoảng 320.000 m3", "320.000", 320000, "measure", "m3", "dung tích hồ Chiến Thắng", approx="about"),
    F("Xuân 150.000 m3", "150.000", 150000, "measure", "m3", "dung tích hồ Trường Xuân"),
    F("suất 1.200 m3", "1.200", 1200, "measure", "m3/ngày đêm", "công suất Nhà máy nước Cô Tô"),
    F("từ 1.500 lên", "1.500", 1500, "measure", "m3/ngày đêm", "công suất Nhà máy lọc nước biển Cô Tô trước nâng cấp",
      optional=True),
    F("lên 2.000 m3", "2.000", 2000, "measure", "m3/ngày đêm", "công suất Nhà máy lọc nước biển Cô Tô sau nâng cấp"),
    F("phí 18,6 tỷ", "18,6", 18.6e9, "money", "đồng", "kinh phí nâng cấp Nhà máy lọc nước biển Cô Tô", Y24),
    F("gần ba chục", "ba", 30, "count", "bồn chứa", "bồn chứa dự phòng lắp đặt", Y24, approx="nearly"),
    F("tích 10 m3", "10", 10, "measure", "m3", "dung tích mỗi bồn chứa"),
] + cells() + [
    F("ước đạt 93,1%", "93,1", 93.1, "percent", "%", "tỷ lệ hộ dùng nước sạch", y24, status="estimate",
      change=change("increase", 1.1, "%", "kế hoạch")),
    F("đón 5.000-6.000", "5.000", 5000, "measure", "lượt khách/ngày", "lượt khách Cô Tô đón vào cao điểm du lịch hè",
      value_max=6000),
    F("gần gấp đôi", "đôi", 2, "multiple", "lần", "nhu cầu nước tăng vào cao điểm du lịch hè", approx="nearly"),
]

NOTES = [
    "Department site (Trung tâm Nước sạch và VSMT nông thôn, Sở NN&PTNT Quảng Ninh), no dateline: menu, footer address,",
    "phone, 'Lượt truy cập: 1.204.377 | Đang online: 15'. All figures describe huyện Cô Tô.",
    "Distractors: 'Tầng 4', 'Trụ sở Liên cơ quan số 3', phone 0203.3835.412, the two counters.",
    "One-cell-per-line table with a unit column ('Đơn vị'); subject = row label + column label; period from the column",
    "header (scored); 'Kế hoạch 2024' → target, 'Ước thực hiện 2024' → estimate. The 'Trong đó: lọc nước biển' row is a part",
    "of 'Tổng công suất cấp nước' in the same column (same indicator, same period): total = that cell.",
    "'từ 1.500 lên 2.000 m3/ngày đêm': the new capacity is the figure; the old one is optional. Specs get no period.",
    "'gần ba chục bồn chứa' = nearly 30 (number word 'ba' × 'chục'). 'nhu cầu nước tăng gần gấp đôi' has no amount: multiple.",
    "'vượt 1,1% so với kế hoạch' is a change with baseline 'kế hoạch'.",
    "revised after the first run: the anchor of the 'Ước thực hiện 2024' cell of the 'Trong đó' row was '2.000\\n2.000', whose first",
    "2.000 is the plan cell; it is now '2.000\\nSố hộ' (the cell itself). No value or field changed.",
]

if __name__ == "__main__":
    write("p1393-6", TEXT, NOTES, FIGS, location="Cô Tô")
