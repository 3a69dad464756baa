"""p752-3: formal report (UBND tỉnh Đắk Nông), 9-month sweet potato production, flattened | table by district, Q4 tasks."""
from lib import F, P, I, CH, T, emit

TEXT = """UBND TỈNH ĐẮK NÔNG
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Nông, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả sản xuất, tiêu thụ khoai lang 9 tháng năm 2024 và nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, năng suất, sản lượng
9 tháng năm 2024, toàn tỉnh gieo trồng 3.862 ha khoai lang, đạt 96,6% kế hoạch năm (4.000 ha), tăng 412 ha so với cùng kỳ năm 2023; sản lượng thu hoạch ước đạt 81.250 tấn. Kết quả theo từng huyện như sau:

Bảng 1. Diện tích, năng suất, sản lượng khoai lang 9 tháng năm 2024
Huyện | Diện tích (ha) | Năng suất (tấn/ha) | Sản lượng (tấn)
Đắk Song | 1.526 | 22,4 | 34.180
Tuy Đức | 1.103 | 20,8 | 22.940
Đắk R'lấp | 748 | 19,5 | 14.590
Các huyện khác | 485 | 19,7 | 9.540

2. Tiêu thụ, xuất khẩu
Lượng khoai lang tiêu thụ qua doanh nghiệp, hợp tác xã đạt khoảng 52.000 tấn, chiếm 64% sản lượng; trong đó xuất khẩu sang Trung Quốc, Hàn Quốc 31.400 tấn. Giá bán bình quân 8.200 đồng/kg; giá trị sản xuất đạt 666,3 tỷ đồng, bình quân 172,5 triệu đồng/ha. Toàn tỉnh có 11 mã số vùng trồng khoai lang với 1.084 ha được cấp theo Quyết định số 1205/QĐ-BVTV-KD.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu trong quý IV/2024 xuống giống thêm 350 ha và hoàn thiện hồ sơ cấp mới 5 mã số vùng trồng với diện tích từ 300 đến 400 ha. Dự kiến cả năm 2024, sản lượng khoai lang toàn tỉnh đạt 92.000 tấn.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")


def row(anchor, number, value, col, unit, place):
    subj = {"dt": "Diện tích khoai lang", "ns": "Năng suất khoai lang", "sl": "Sản lượng khoai lang"}[col]
    kind = "measure"
    loc = {}
    if place:
        loc["location"] = place
    else:
        subj += " các huyện khác"
    return F(anchor, number, value, kind, unit, subj, I(M9), **loc)


FIGS = [
    F("trồng 3.862 ha", "3.862", 3862, "measure", "ha", "diện tích gieo trồng khoai lang", M9,
      percent=96.6, change=CH("increase", 412, "ha", "cùng kỳ năm 2023"), target=T(4000, "ha")),
    F("ước đạt 81.250 tấn", "81.250", 81250, "measure", "tấn", "sản lượng khoai lang thu hoạch", M9,
      status="estimate"),
    row("Song | 1.526", "1.526", 1526, "dt", "ha", "Đắk Song"),
    row("| 22,4 |", "22,4", 22.4, "ns", "tấn/ha", "Đắk Song"),
    row("| 34.180", "34.180", 34180, "sl", "tấn", "Đắk Song"),
    row("| 1.103 |", "1.103", 1103, "dt", "ha", "Tuy Đức"),
    row("| 20,8 |", "20,8", 20.8, "ns", "tấn/ha", "Tuy Đức"),
    row("| 22.940", "22.940", 22940, "sl", "tấn", "Tuy Đức"),
    row("| 748 |", "748", 748, "dt", "ha", "Đắk R'lấp"),
    row("| 19,5 |", "19,5", 19.5, "ns", "tấn/ha", "Đắk R'lấp"),
    row("| 14.590", "14.590", 14590, "sl", "tấn", "Đắk R'lấp"),
    row("| 485 |", "485", 485, "dt", "ha", None),
    row("| 19,7 |", "19,7", 19.7, "ns", "tấn/ha", None),
    row("| 9.540", "9.540", 9540, "sl", "tấn", None),
    F("khoảng 52.000 tấn", "52.000", 52000, "measure", "tấn",
      "lượng khoai lang tiêu thụ qua doanh nghiệp, hợp tác xã", I(M9), approx="about", percent=64),
    F("Hàn Quốc 31.400 tấn", "31.400", 31400, "measure", "tấn", "khoai lang xuất khẩu sang Trung Quốc, Hàn Quốc",
      I(M9), total=52000),
    F("quân 8.200 đồng/kg", "8.200", 8200, "money", "đồng/kg", "giá bán bình quân khoai lang", I(M9)),
    F("đạt 666,3 tỷ đồng", "666,3", 666300000000, "money", "đồng", "giá trị sản xuất khoai lang", I(M9)),
    F("quân 172,5 triệu đồng/ha", "172,5", 172500000, "money", "đồng/ha",
      "giá trị sản xuất khoai lang bình quân trên ha", I(M9)),
    F("có 11 mã số", "11", 11, "count", "mã số vùng trồng", "mã số vùng trồng khoai lang"),
    F("với 1.084 ha", "1.084", 1084, "measure", "ha", "diện tích vùng trồng khoai lang được cấp mã số"),
    F("thêm 350 ha", "350", 350, "measure", "ha", "diện tích khoai lang xuống giống thêm", Q4, status="target"),
    F("cấp mới 5 mã số", "5", 5, "count", "mã số vùng trồng", "mã số vùng trồng cấp mới", Q4, status="target"),
    F("từ 300 đến 400 ha", "300", 300, "measure", "ha", "diện tích vùng trồng cấp mã số mới", Q4,
      value_max=400, status="target"),
    F("đạt 92.000 tấn", "92.000", 92000, "measure", "tấn", "sản lượng khoai lang toàn tỉnh",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Đắk Nông, Số: 187/BC-UBND, 08/10/2024: sản xuất, tiêu thụ khoai lang 9 tháng năm 2024 (flattened | table by district).",
    "'đạt 96,6% kế hoạch năm (4.000 ha)': 96,6 is the percent, the bracketed plan 4.000 ha the target (not a figure);",
    "'tăng 412 ha so với cùng kỳ năm 2023' the change. Table cells have no Ước/Kế hoạch column, so they are actual; their period",
    "comes from the table title line (inherited). 'Các huyện khác' is not a place: location stays Đắk Nông, the label goes to the subject.",
    "Distractors: Số: 187/BC-UBND, place-and-date line, 'Bảng 1', section numbers I./1./2./II., 'Quyết định số 1205/QĐ-BVTV-KD'.",
    "'trong đó xuất khẩu ... 31.400 tấn' is a part of the 52.000 t sold (same unit, same period).",
    "'Phấn đấu ... xuống giống thêm 350 ha và hoàn thiện hồ sơ cấp mới 5 mã số ... từ 300 đến 400 ha': one target clause.",
]

if __name__ == "__main__":
    emit("p752-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Đắk Nông")
