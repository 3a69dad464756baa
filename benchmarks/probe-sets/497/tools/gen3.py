"""p497-3: formal report, UBND tỉnh Quảng Bình, 9 months 2024, flattened | table by district."""
import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import fig, per, inh, chg, tgt, emit

TEXT = """UBND TỈNH QUẢNG BÌNH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Bình, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện Chương trình phát triển giao thông nông thôn 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Khối lượng
Trong 9 tháng năm 2024, toàn tỉnh đã cứng hóa 312,8 km đường giao thông nông thôn, đạt 71,1% kế hoạch năm (440 km); xây dựng mới 27 cầu dân sinh với tổng chiều dài 1.146 m.

Bảng 1. Kết quả cứng hóa đường GTNT theo địa phương
Địa phương | Kế hoạch 2024 (km) | Thực hiện 9 tháng (km) | Kinh phí (tỷ đồng)
Lệ Thủy | 95 | 71,4 | 52,3
Bố Trạch | 110 | 78,6 | 61,2
Quảng Trạch | 85 | 58,9 | 44,7
Minh Hóa | 40 | 22,5 | 21,8
Toàn tỉnh | 440 | 312,8 | 248,6

2. Nguồn vốn
Tổng kinh phí huy động 9 tháng đạt 248,6 tỷ đồng; trong đó vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới 102,4 tỷ đồng, ngân sách tỉnh 61,5 tỷ đồng, ngân sách huyện, xã 38,2 tỷ đồng, nhân dân và doanh nghiệp đóng góp 46,5 tỷ đồng. Giải ngân vốn hỗ trợ xi măng đạt 89,3%; tỉnh đã cấp 18.640 tấn xi măng cho 126 xã.

II. TỒN TẠI, HẠN CHẾ
Còn 23 xã chưa đạt tiêu chí số 2 về giao thông; khoảng 1.350 km đường ngõ xóm chưa được cứng hóa.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu hoàn thành 127,2 km còn lại và 8 cầu dân sinh, bảo đảm cả năm đạt 100% kế hoạch.

Nơi nhận:
- Bộ Giao thông vận tải;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

N9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
C9 = per("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
KP = inh(per("9 tháng năm 2024", "2024-01-01", "2024-09-30"))
N9b = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = inh(per("QUÝ IV/2024", "2024-10-01", "2024-12-31"))

S_KH = "cứng hóa đường GTNT kế hoạch 2024"
S_TH = "cứng hóa đường GTNT thực hiện 9 tháng"
S_KP = "kinh phí cứng hóa đường GTNT"
ROWS = [("Lệ Thủy", "95", "71,4", "52,3"), ("Bố Trạch", "110", "78,6", "61,2"),
        ("Quảng Trạch", "85", "58,9", "44,7"), ("Minh Hóa", "40", "22,5", "21,8"),
        ("Toàn tỉnh", "440", "312,8", "248,6")]


def n(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for place, kh, th, kp in ROWS:
    loc = {} if place == "Toàn tỉnh" else {"location": place}
    TABLE.append(fig(f"{place} | {kh}", kh, n(kh), "measure", "km", S_KH, KH, status="target", **loc))
    TABLE.append(fig(f"| {th} |", th, n(th), "measure", "km", S_TH, C9, **loc))
    TABLE.append(fig(f"{th} | {kp}", kp, n(kp) * 1e9, "money", "đồng", S_KP, KP, **loc))

F = [
    fig("cứng hóa 312,8 km", "312,8", 312.8, "measure", "km", "đường giao thông nông thôn được cứng hóa", N9,
        percent=71.1, target=tgt(440, "km", False)),
    fig("mới 27 cầu dân sinh", "27", 27, "count", "cầu dân sinh", "cầu dân sinh xây dựng mới", N9),
    fig("dài 1.146 m", "1.146", 1146, "measure", "m", "tổng chiều dài cầu dân sinh xây dựng mới", N9),
] + TABLE + [
    fig("đạt 248,6 tỷ đồng", "248,6", 248.6e9, "money", "đồng", "tổng kinh phí huy động", N9b),
    fig("mới 102,4 tỷ đồng", "102,4", 102.4e9, "money", "đồng", "vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới", N9b, total=248.6e9),
    fig("tỉnh 61,5 tỷ đồng", "61,5", 61.5e9, "money", "đồng", "ngân sách tỉnh", N9b, total=248.6e9),
    fig("xã 38,2 tỷ đồng", "38,2", 38.2e9, "money", "đồng", "ngân sách huyện, xã", N9b, total=248.6e9),
    fig("góp 46,5 tỷ đồng", "46,5", 46.5e9, "money", "đồng", "nhân dân và doanh nghiệp đóng góp", N9b, total=248.6e9),
    fig("đạt 89,3%", "89,3", 89.3, "percent", "%", "giải ngân vốn hỗ trợ xi măng", inh(N9)),
    fig("cấp 18.640 tấn", "18.640", 18640, "measure", "tấn", "xi măng tỉnh đã cấp", inh(N9)),
    fig("cho 126 xã", "126", 126, "count", "xã", "xã được cấp xi măng", inh(N9)),
    fig("Còn 23 xã", "23", 23, "count", "xã", "xã chưa đạt tiêu chí số 2 về giao thông"),
    fig("khoảng 1.350 km", "1.350", 1350, "measure", "km", "đường ngõ xóm chưa được cứng hóa", approx="about"),
    fig("hoàn thành 127,2 km", "127,2", 127.2, "measure", "km", "đường giao thông nông thôn còn lại phải hoàn thành", Q4, status="target"),
    fig("và 8 cầu", "8", 8, "count", "cầu dân sinh", "cầu dân sinh phải hoàn thành", Q4, status="target"),
    fig("đạt 100% kế hoạch", "100", 100, "percent", "%", "kết quả cả năm so với kế hoạch",
        per("cả năm", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Probe 497-3. Formal report (UBND tỉnh Quảng Bình, Số: 412/BC-UBND), 9 months 2024, flattened '|' table by district.",
    "published = the place-and-date line. '(440 km)' after 'đạt 71,1% kế hoạch năm' is the plan: target 440, percent 71,1.",
    "Table: every numeric cell is a figure; district row labels go to location, 'Toàn tỉnh' keeps Quảng Bình; unit and multiplier from",
    "the column headers ('(tỷ đồng)' = ×10^9 đồng). 'Kế hoạch 2024' column = status target, period 2024; 'Thực hiện 9 tháng' = Jan-Sep",
    "2024 (year of the title); the Kinh phí column has no period in its header, so its period is inherited from the title.",
    "The districts do not add up to 'Toàn tỉnh' (other districts omitted) and no cue links them: no total on table cells.",
    "Funding parts after '; trong đó' add up to 248,6 tỷ (total) and share the sentence's '9 tháng' (scored).",
    "Distractors: Số: 412/BC-UBND, date line, 'Bảng 1', section numbers I./II./III./1./2., 'tiêu chí số 2', 'QUÝ IV/2024'.",
]

if __name__ == "__main__":
    emit("p497-3", TEXT, COMMENTS, F, published="2024-10-08", location="Quảng Bình")
